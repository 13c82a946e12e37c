using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>An outbox in memory with the leasing rules of the real store, for dispatcher tests.</summary>
public sealed class InMemoryOutboxStore(TimeProvider timeProvider) : IOutboxStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Guid, Row> _outbox = [];

    public List<OutboxCompletion> Completed { get; } = [];

    public List<(Guid MessageId, DateTimeOffset DueAt, TimelineEntry Reason)> Retries { get; } = [];

    public Guid Add(string partnerId, byte[] body, string? contentType = null)
    {
        var id = Guid.CreateVersion7();
        var now = timeProvider.GetUtcNow();
        var detection = FormatDetector.Detect(body);
        lock (_lock)
        {
            _outbox[id] = new Row(new OutboxEntry(id, partnerId, IntakeChannels.Https, contentType, detection.Format, detection.MessageType, now, body, 0), now, null);
        }

        return id;
    }

    public Task<IReadOnlyList<OutboxEntry>> ClaimAsync(int maxEntries, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            var claimed = new List<OutboxEntry>();
            foreach (var (id, row) in _outbox.OrderBy(r => r.Value.DueAt).ToList())
            {
                if (claimed.Count == maxEntries || row.DueAt > now || (row.LeaseUntil is { } until && until > now))
                {
                    continue;
                }

                var entry = row.Entry with { Attempts = row.Entry.Attempts + 1 };
                _outbox[id] = new Row(entry, row.DueAt, now + lease);
                claimed.Add(entry);
            }

            return Task.FromResult<IReadOnlyList<OutboxEntry>>(claimed);
        }
    }

    public Task CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            foreach (var completion in completions)
            {
                _outbox.Remove(completion.MessageId);
                Completed.Add(completion);
            }
        }

        return Task.CompletedTask;
    }

    public Task RetryAsync(Guid messageId, DateTimeOffset dueAt, TimelineEntry reason, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var row = _outbox[messageId];
            _outbox[messageId] = row with { DueAt = dueAt, LeaseUntil = null };
            Retries.Add((messageId, dueAt, reason));
        }

        return Task.CompletedTask;
    }

    public Task<long> CountBacklogAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult((long)_outbox.Count);
        }
    }

    private sealed record Row(OutboxEntry Entry, DateTimeOffset DueAt, DateTimeOffset? LeaseUntil);
}
