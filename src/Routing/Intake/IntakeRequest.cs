namespace UniPass.Gateway.Routing.Intake;

/// <summary>
/// One submission as a transport received it: the bytes exactly as they arrived and who sent them how.
/// The transport does not interpret the bytes; the store detects the format and the interchange key.
/// </summary>
/// <param name="PartnerId">The authenticated partner.</param>
/// <param name="Channel">The transport, one of <see cref="IntakeChannels"/>.</param>
/// <param name="ContentType">The declared media type, a hint only (may be null).</param>
/// <param name="Body">The raw bytes.</param>
/// <param name="IdempotencyKey">The sender's idempotency key, unique per partner (may be null).</param>
/// <param name="TraceParent">
/// The W3C Trace Context <c>traceparent</c> of the intake span (<see cref="IntakeTracing"/>), stored with the
/// message so that every record published for it continues the sender's trace (may be null).
/// </param>
public sealed record IntakeRequest(
    string PartnerId,
    string Channel,
    string? ContentType,
    ReadOnlyMemory<byte> Body,
    string? IdempotencyKey = null,
    string? TraceParent = null);
