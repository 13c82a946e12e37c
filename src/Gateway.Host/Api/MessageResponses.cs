using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Api;

/// <summary>The <c>202 Accepted</c> body: the tracking id and where to follow the message.</summary>
public sealed record ReceiptResponse(
    Guid Id,
    string Status,
    DateTimeOffset ReceivedAt,
    string Format,
    string? MessageType,
    string Sha256,
    bool Repeat,
    string Location,
    string Acks)
{
    public static ReceiptResponse From(IntakeReceipt receipt) => new(
        receipt.MessageId,
        receipt.Status.ToName(),
        receipt.ReceivedAt,
        receipt.Format.ToName(),
        receipt.MessageType,
        receipt.Sha256,
        receipt.IsRepeat,
        MessagesApi.MessagePath(receipt.MessageId),
        MessagesApi.AcksPath(receipt.MessageId));
}

/// <summary>A message in a listing.</summary>
public record MessageSummaryResponse(
    Guid Id,
    string Status,
    string Format,
    string? MessageType,
    string Channel,
    string? ContentType,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string Sha256,
    int Size,
    string? IdempotencyKey,
    string Location)
{
    public static MessageSummaryResponse From(MessageSummary summary) => new(
        summary.Id,
        summary.Status.ToName(),
        summary.Format.ToName(),
        summary.MessageType,
        summary.Channel,
        summary.ContentType,
        summary.ReceivedAt,
        summary.UpdatedAt,
        summary.Sha256,
        summary.Size,
        summary.IdempotencyKey,
        MessagesApi.MessagePath(summary.Id));
}

/// <summary><c>GET /api/v1/messages/{id}</c>: the summary, the timeline of every step and where the acknowledgements are.</summary>
public sealed record MessageResponse : MessageSummaryResponse
{
    public MessageResponse(StoredMessage message)
        : base(From(message.Summary))
    {
        Timeline = [.. message.Timeline.Select(t => new TimelineEntryResponse(t.At, t.Step, t.Detail))];
        Acks = MessagesApi.AcksPath(message.Id);
    }

    public IReadOnlyList<TimelineEntryResponse> Timeline { get; }

    public string Acks { get; }
}

/// <summary>One step of a message's timeline.</summary>
public sealed record TimelineEntryResponse(DateTimeOffset At, string Step, string? Detail);

/// <summary><c>GET /api/v1/messages</c>: one page; <see cref="Next"/> is the next page's URL, or null on the last page.</summary>
public sealed record MessageListResponse(IReadOnlyList<MessageSummaryResponse> Items, string? Next);
