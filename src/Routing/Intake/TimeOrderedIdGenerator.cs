namespace UniPass.Gateway.Routing.Intake;

/// <summary>
/// RFC 9562 §5.7 UUIDv7 ids: time-ordered, so new rows land at the end of the primary-key index
/// and ids sort roughly by arrival across gateway instances.
/// </summary>
public sealed class TimeOrderedIdGenerator(TimeProvider timeProvider) : IMessageIdGenerator
{
    public Guid NewId() => Guid.CreateVersion7(timeProvider.GetUtcNow());
}
