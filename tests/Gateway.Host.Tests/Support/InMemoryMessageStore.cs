using System.Collections.Concurrent;
using System.Security.Cryptography;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>
/// A message store in memory with the contract's observable behaviour (partner scoping, idempotency key and
/// interchange de-duplication, newest-first paging), so API tests run without a database.
/// </summary>
internal sealed class InMemoryMessageStore(TimeProvider time) : IMessageStore
{
    private readonly ConcurrentDictionary<Guid, Entry> _messages = new();
    private readonly object _gate = new();

    public bool Ready { get; set; } = true;

    private int _receiveCalls;

    /// <summary>How many submissions reached the store (refused requests never do).</summary>
    public int ReceiveCalls => Volatile.Read(ref _receiveCalls);

    private sealed record Entry(MessageSummary Summary, List<TimelineEntry> Timeline, List<StoredAck> Acks, byte[] Body);

    public Task<IntakeReceipt> ReceiveAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _receiveCalls);
        var detected = FormatDetector.Detect(request.Body.Span);
        var interchange = detected.Interchange?.ToString();
        lock (_gate)
        {
            var original = _messages.Values.FirstOrDefault(e => e.Summary.PartnerId == request.PartnerId
                && ((request.IdempotencyKey is not null && e.Summary.IdempotencyKey == request.IdempotencyKey)
                    || (interchange is not null && e.Summary.InterchangeKey == interchange)));
            if (original is not null)
            {
                return Task.FromResult(Receipt(original.Summary, isRepeat: true));
            }

            var now = time.GetUtcNow();
            var summary = new MessageSummary(
                Guid.CreateVersion7(now),
                request.PartnerId,
                request.Channel,
                request.ContentType,
                detected.Format,
                detected.MessageType,
                MessageStatus.Received,
                now,
                now,
                Convert.ToHexStringLower(SHA256.HashData(request.Body.Span)),
                request.Body.Length,
                request.IdempotencyKey,
                interchange);
            _messages[summary.Id] = new Entry(summary, [new TimelineEntry(now, TimelineSteps.Received)], [], request.Body.ToArray());
            return Task.FromResult(Receipt(summary, isRepeat: false));
        }
    }

    public Task<StoredMessage?> GetAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Find(partnerId, messageId) is { } e ? new StoredMessage(e.Summary, [.. e.Timeline]) : null);

    public Task<MessagePage> ListAsync(string partnerId, MessageQuery query, CancellationToken cancellationToken = default)
    {
        var after = query.Cursor is null ? (Guid?)null : Guid.Parse(query.Cursor);
        var items = _messages.Values.Select(e => e.Summary)
            .Where(s => s.PartnerId == partnerId)
            .Where(s => query.Status is null || s.Status == query.Status)
            .Where(s => query.MessageType is null || s.MessageType == query.MessageType)
            .Where(s => query.ReceivedFrom is null || s.ReceivedAt >= query.ReceivedFrom)
            .Where(s => query.ReceivedTo is null || s.ReceivedAt < query.ReceivedTo)
            .OrderByDescending(s => s.Id)
            .Where(s => after is null || s.Id.CompareTo(after.Value) < 0)
            .Take(query.Limit + 1)
            .ToList();
        var next = items.Count > query.Limit ? items[query.Limit - 1].Id.ToString() : null;
        return Task.FromResult(new MessagePage([.. items.Take(query.Limit)], next));
    }

    public Task<IReadOnlyList<StoredAck>?> GetAcksAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredAck>?>(Find(partnerId, messageId) is { } e ? [.. e.Acks] : null);

    public Task<ReadOnlyMemory<byte>?> GetBodyAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default) =>
        Task.FromResult<ReadOnlyMemory<byte>?>(Find(partnerId, messageId) is { } e ? e.Body : null);

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(Ready);

    /// <summary>Stores an acknowledgement as the pipeline would, and marks the message with <paramref name="status"/>.</summary>
    public StoredAck AddAck(Guid messageId, string kind, string contentType, byte[] content, MessageStatus status)
    {
        lock (_gate)
        {
            var e = _messages[messageId];
            var now = time.GetUtcNow();
            var ack = new StoredAck(Guid.CreateVersion7(now), messageId, kind, contentType, content, now);
            e.Acks.Add(ack);
            e.Timeline.Add(new TimelineEntry(now, status == MessageStatus.Rejected ? TimelineSteps.Rejected : TimelineSteps.Routed));
            _messages[messageId] = e with { Summary = e.Summary with { Status = status, UpdatedAt = now } };
            return ack;
        }
    }

    private Entry? Find(string partnerId, Guid id) =>
        _messages.TryGetValue(id, out var e) && e.Summary.PartnerId == partnerId ? e : null;

    private static IntakeReceipt Receipt(MessageSummary s, bool isRepeat) =>
        new(s.Id, s.ReceivedAt, s.Sha256, s.Format, s.MessageType, s.Status, isRepeat);
}
