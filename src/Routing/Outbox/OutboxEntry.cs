using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>A claimed outbox entry: the stored message, how often it has been attempted (this claim included) and the claim.</summary>
/// <param name="TraceParent">The W3C <c>traceparent</c> of the intake span that stored the message, when one was recorded.</param>
public sealed record OutboxEntry(
    Guid MessageId,
    string PartnerId,
    string Channel,
    string? ContentType,
    MessageFormat Format,
    string? MessageType,
    DateTimeOffset ReceivedAt,
    ReadOnlyMemory<byte> Body,
    int Attempts,
    Guid ClaimToken = default,
    string? TraceParent = null)
{
    /// <summary>The claim under which this entry is held.</summary>
    public OutboxLease Lease => new(MessageId, ClaimToken);
}
