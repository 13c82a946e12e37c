using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Routing.Intake;

/// <summary>
/// What the sender is told once its bytes are durable: the tracking id and when it was received.
/// A repeat gets the original receipt (same id and time) with <see cref="IsRepeat"/> set.
/// </summary>
/// <param name="MessageId">The tracking id.</param>
/// <param name="ReceivedAt">When the original submission was committed.</param>
/// <param name="Sha256">SHA-256 of the original bytes (lower-case hex).</param>
/// <param name="Format">The format detected from the content.</param>
/// <param name="MessageType">The document type read from the content (e.g. <c>CUSDEC</c>), when found.</param>
/// <param name="Status">The message's status now.</param>
/// <param name="IsRepeat">True when this answered a repeat (same idempotency key or interchange) and stored nothing.</param>
public sealed record IntakeReceipt(
    Guid MessageId,
    DateTimeOffset ReceivedAt,
    string Sha256,
    MessageFormat Format,
    string? MessageType,
    MessageStatus Status,
    bool IsRepeat);
