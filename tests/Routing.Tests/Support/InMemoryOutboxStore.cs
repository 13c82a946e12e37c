using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>
/// An outbox in memory with the leasing rules of the real store (claim tokens, conditional completion and
/// retry, owner release, ordering keys), for dispatcher tests. <see cref="FailNext"/> makes store calls throw.
/// </summary>
public sealed class InMemoryOutboxStore(TimeProvider timeProvider) : IOutboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Row> _outbox = [];
    private readonly HashSet<string> _lockedOwners = [];
    private long _sequence;

    public List<OutboxCompletion> Completed { get; } = [];

    public List<OutboxRetry> Retries { get; } = [];

    public List<Guid> Renewals { get; } = [];

    /// <summary>Calls (any method but <see cref="CountBacklogAsync"/>) that throw before they change anything.</summary>
    public Queue<Exception> FailNext { get; } = new();

    /// <summary>The failure a <see cref="CompleteAsync"/> call that includes this completion meets (null: none).</summary>
    public Func<OutboxCompletion, Exception?>? RefuseCompletion { get; set; }

    public int BacklogCounts { get; private set; }

    public Guid Add(string partnerId, byte[] body, string? contentType = null, string? traceParent = null)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            // Ids in intake order, like the store's time-ordered ids.
            var id = new Guid((int)++_sequence, 0, 0, [0x80, 0, 0, 0, 0, 0, 0, 0]);
            var detection = FormatDetector.Detect(body);
            _outbox[id] = new Row(new OutboxEntry(id, partnerId, IntakeChannels.Https, contentType, detection.Format, detection.MessageType, now, body, 0, default, traceParent), now, null, null, null, []);
            return id;
        }
    }

    /// <summary>The lease of a message (for assertions).</summary>
    public (string? Owner, DateTimeOffset? Until, int Attempts)? LeaseOf(Guid messageId)
    {
        lock (_lock)
        {
            return _outbox.TryGetValue(messageId, out var row) ? (row.Owner, row.LeaseUntil, row.Entry.Attempts) : null;
        }
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(int maxEntries, TimeSpan lease, string owner, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            ThrowIfFailing();
            var token = Guid.NewGuid();
            var claimed = new List<OutboxEntry>();
            foreach (var (id, row) in _outbox.OrderBy(r => r.Value.DueAt).ThenBy(r => r.Value.Entry.ReceivedAt).ThenBy(r => r.Key).ToList())
            {
                if (claimed.Count == maxEntries || row.DueAt > now || (row.LeaseUntil is { } until && until > now))
                {
                    continue;
                }

                var entry = row.Entry with { Attempts = row.Entry.Attempts + 1, ClaimToken = token };
                _outbox[id] = row with { Entry = entry, LeaseUntil = now + lease, Owner = owner, Token = token };
                claimed.Add(entry);
            }

            return Task.FromResult<IReadOnlyList<OutboxEntry>>([.. claimed.OrderBy(e => e.ReceivedAt).ThenBy(e => e.MessageId)]);
        }
    }

    public async Task<IReadOnlyList<Guid>> CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        lock (_lock)
        {
            ThrowIfFailing();
            foreach (var completion in completions)
            {
                if (RefuseCompletion?.Invoke(completion) is { } refused)
                {
                    throw refused;
                }
            }

            var lost = new List<Guid>();
            foreach (var completion in completions)
            {
                if (!Holds(completion.Lease))
                {
                    lost.Add(completion.MessageId);
                    continue;
                }

                _outbox.Remove(completion.MessageId);
                Completed.Add(completion);
            }

            return lost;
        }
    }

    public Task<IReadOnlyList<Guid>> RetryAsync(IReadOnlyList<OutboxRetry> retries, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfFailing();
            var lost = new List<Guid>();
            foreach (var retry in retries)
            {
                if (!Holds(retry.Lease))
                {
                    lost.Add(retry.Lease.MessageId);
                    continue;
                }

                var row = _outbox[retry.Lease.MessageId];
                var attempts = row.Entry.Attempts - (retry.CountsAsAttempt ? 0 : 1);
                _outbox[retry.Lease.MessageId] = row with
                {
                    Entry = row.Entry with { Attempts = attempts },
                    DueAt = retry.DueAt,
                    LeaseUntil = null,
                    Owner = null,
                    Token = null,
                    Keys = [.. row.Keys.Union(retry.OrderingKeys)],
                };
                Retries.Add(retry);
            }

            return Task.FromResult<IReadOnlyList<Guid>>(lost);
        }
    }

    public Task<int> RenewAsync(Guid claimToken, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var until = timeProvider.GetUtcNow() + lease;
        lock (_lock)
        {
            ThrowIfFailing();
            Renewals.Add(claimToken);
            var renewed = 0;
            foreach (var (id, row) in _outbox.ToList())
            {
                if (row.Token == claimToken)
                {
                    _outbox[id] = row with { LeaseUntil = until };
                    renewed++;
                }
            }

            return Task.FromResult(renewed);
        }
    }

    public Task<int> ReleaseAsync(string owner, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfFailing();
            var released = 0;
            foreach (var (id, row) in _outbox.ToList())
            {
                if (row.Owner == owner)
                {
                    _outbox[id] = row with { LeaseUntil = null, Owner = null, Token = null };
                    released++;
                }
            }

            return Task.FromResult(released);
        }
    }

    public Task<IAsyncDisposable?> TryLockOwnerAsync(string owner, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfFailing();
            return Task.FromResult<IAsyncDisposable?>(_lockedOwners.Add(owner) ? new OwnerLock(this, owner) : null);
        }
    }

    public Task<IReadOnlyList<OutboxKeyHolder>> FindKeyHoldersAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            ThrowIfFailing();
            var holders = _outbox.Values
                .SelectMany(row => row.Keys.Where(keys.Contains).Select(key => new OutboxKeyHolder(key, row.Entry.MessageId, row.Entry.ReceivedAt, row.DueAt)))
                .ToList();
            return Task.FromResult<IReadOnlyList<OutboxKeyHolder>>(holders);
        }
    }

    public Task<long> CountBacklogAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            BacklogCounts++;
            return Task.FromResult((long)_outbox.Count);
        }
    }

    private bool Holds(OutboxLease lease) =>
        _outbox.TryGetValue(lease.MessageId, out var row) && row.Token == lease.Token;

    private void ThrowIfFailing()
    {
        if (FailNext.TryDequeue(out var failure))
        {
            throw failure;
        }
    }

    private sealed record Row(OutboxEntry Entry, DateTimeOffset DueAt, DateTimeOffset? LeaseUntil, string? Owner, Guid? Token, string[] Keys);

    private sealed class OwnerLock(InMemoryOutboxStore store, string owner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            lock (store._lock)
            {
                store._lockedOwners.Remove(owner);
            }

            return ValueTask.CompletedTask;
        }
    }
}
