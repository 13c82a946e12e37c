using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>Gives a claimed entry back to the outbox, due again at <paramref name="DueAt"/>.</summary>
/// <param name="Lease">The claim being given back.</param>
/// <param name="DueAt">When the entry may be claimed again.</param>
/// <param name="Reason">The timeline entry saying why, or null to record nothing.</param>
/// <param name="OrderingKeys">
/// The routing keys of the message's records, when known: later messages with one of these keys are held
/// until this one is completed, so that records of one key are published in intake order.
/// </param>
/// <param name="CountsAsAttempt">
/// False when the message did not fail but waits for an earlier message of its key: the claim's attempt is
/// taken back, so waiting never brings a message closer to the dead-letter topic.
/// </param>
public sealed record OutboxRetry(
    OutboxLease Lease,
    DateTimeOffset DueAt,
    TimelineEntry? Reason,
    IReadOnlyCollection<string> OrderingKeys,
    bool CountsAsAttempt = true);
