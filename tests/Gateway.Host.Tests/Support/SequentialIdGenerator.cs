using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>UUIDv7 ids from the test's clock: deterministic order, distinct values.</summary>
public sealed class SequentialIdGenerator(TimeProvider timeProvider) : IMessageIdGenerator
{
    private long _counter;

    public Guid NewId()
    {
        // The clock may stand still in a test: add the counter's milliseconds so ids stay distinct and ordered.
        var n = Interlocked.Increment(ref _counter);
        return Guid.CreateVersion7(timeProvider.GetUtcNow().AddMilliseconds(n));
    }
}
