using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>The final outcome of one message: stored in one transaction with the removal of its outbox entry, if the lease is still held.</summary>
/// <param name="Lease">The claim under which the message was processed.</param>
/// <param name="Status"><see cref="MessageStatus.Routed"/> or <see cref="MessageStatus.Rejected"/>.</param>
/// <param name="MessageType">The document type learnt while processing, or null to keep the stored one.</param>
/// <param name="Timeline">The steps taken, in order.</param>
/// <param name="Acks">Acknowledgements to store with the message.</param>
public sealed record OutboxCompletion(
    OutboxLease Lease,
    MessageStatus Status,
    string? MessageType,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<StoredAck> Acks)
{
    public Guid MessageId => Lease.MessageId;
}
