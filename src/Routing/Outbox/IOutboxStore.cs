namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// The dispatcher's side of the message store: claims stored messages that are due, and records
/// each one's outcome. Claims are leases, so several gateway instances can share one database: an
/// entry is handed to one claimant at a time, and an entry whose claimant died is claimed again
/// once its lease has expired. Every write after the claim is conditional on the claim
/// (<see cref="OutboxLease"/>): a claimant whose lease expired and was taken over writes nothing, so
/// a message's outcome is recorded exactly once.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// Leases up to <paramref name="maxEntries"/> due entries to <paramref name="owner"/> (the dispatcher
    /// instance) for <paramref name="lease"/>, oldest first, and counts the attempt. The entries of one
    /// claim share a fresh <see cref="OutboxEntry.Lease"/> token.
    /// </summary>
    Task<IReadOnlyList<OutboxEntry>> ClaimAsync(int maxEntries, TimeSpan lease, string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records final outcomes in one transaction: for each message whose lease is still the caller's,
    /// the status, the message type when learnt, the timeline entries and acknowledgements, and the
    /// removal of its outbox entry. Returns the messages whose lease was lost (completed or reclaimed by
    /// another claim): nothing is written for them, so repeating a completion is harmless.
    /// </summary>
    Task<IReadOnlyList<Guid>> CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases the leases and makes the entries due again, recording why and the ordering keys that later
    /// messages must wait for. Returns the messages whose lease was lost (nothing is written for them).
    /// </summary>
    Task<IReadOnlyList<Guid>> RetryAsync(IReadOnlyList<OutboxRetry> retries, CancellationToken cancellationToken = default);

    /// <summary>Extends the lease of every entry still held under <paramref name="claimToken"/>; returns how many.</summary>
    Task<int> RenewAsync(Guid claimToken, TimeSpan lease, CancellationToken cancellationToken = default);

    /// <summary>
    /// Releases every lease held by <paramref name="owner"/> (entries claimed by an earlier run of this
    /// instance that died): they are due again at once. Call only while holding the owner's
    /// <see cref="TryLockOwnerAsync"/> lock, so that a live instance's leases are never taken.
    /// </summary>
    Task<int> ReleaseAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes the exclusive, process-lifetime lock of the owner name (PostgreSQL: a session advisory lock;
    /// SQLite: a lock file beside the database), or returns null when a live process holds it. The lock is
    /// freed when disposed or when the process dies.
    /// </summary>
    Task<IAsyncDisposable?> TryLockOwnerAsync(string owner, CancellationToken cancellationToken = default);

    /// <summary>The entries still in the outbox that registered one of <paramref name="keys"/> (they failed or were held).</summary>
    Task<IReadOnlyList<OutboxKeyHolder>> FindKeyHoldersAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>The number of entries accepted but not yet completed (the backlog).</summary>
    Task<long> CountBacklogAsync(CancellationToken cancellationToken = default);
}
