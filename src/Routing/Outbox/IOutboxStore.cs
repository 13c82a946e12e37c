using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// The dispatcher's side of the message store: claims stored messages that are due, and records
/// each one's outcome. Claims are leases, so several gateway instances can share one database: an
/// entry is handed to one claimant at a time, and an entry whose claimant died is claimed again
/// once its lease has expired.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Leases up to <paramref name="maxEntries"/> due entries for <paramref name="lease"/>, oldest first, and counts the attempt.</summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(int maxEntries, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records final outcomes in one transaction: for each message the status, the message type when
    /// learnt, the timeline entries and acknowledgements, and the removal of its outbox entry.
    /// </summary>
    Task CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken = default);

    /// <summary>Releases the lease and makes the entry due again at <paramref name="dueAt"/>, recording why.</summary>
    Task RetryAsync(Guid messageId, DateTimeOffset dueAt, TimelineEntry reason, CancellationToken cancellationToken = default);

    /// <summary>The number of entries accepted but not yet completed (the backlog).</summary>
    Task<long> CountBacklogAsync(CancellationToken cancellationToken = default);
}
