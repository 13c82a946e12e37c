namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>The pipeline's time of an acknowledgement, for the CONTRL's UNB S004.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
