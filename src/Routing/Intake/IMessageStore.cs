namespace UniPass.Gateway.Routing.Intake;

/// <summary>
/// The durable message store every transport hands its bytes to. A receipt is returned only after
/// the raw bytes, their hash, the partner, channel and time, and an outbox row are committed in one
/// transaction: from then on the message can not be lost.
/// </summary>
/// <remarks>
/// Every read is scoped to a partner: another partner's message is answered exactly like an unknown
/// id (<see langword="null"/>), so that ids can not be probed.
/// </remarks>
public interface IMessageStore
{
    /// <summary>
    /// Stores a submission and its outbox row in one transaction. A repeat with the same
    /// <see cref="IntakeRequest.IdempotencyKey"/> (per partner), or of the same EDIFACT interchange
    /// (UNB sender + recipient + control reference) within <see cref="IntakeOptions.DuplicateWindow"/>,
    /// stores nothing and returns the original receipt with <see cref="IntakeReceipt.IsRepeat"/> set, when the bytes are the same.
    /// </summary>
    /// <exception cref="IdempotencyKeyReusedException">The partner used the key before for different bytes; nothing is stored.</exception>
    /// <exception cref="InterchangeReusedException">
    /// The partner sent the interchange key before, within the window, with different bytes: these are kept as a
    /// rejected message that is never processed, and the earlier message keeps the key.
    /// </exception>
    Task<IntakeReceipt> ReceiveAsync(IntakeRequest request, CancellationToken cancellationToken = default);

    /// <summary>The message with its timeline, or <see langword="null"/> when unknown or another partner's.</summary>
    Task<StoredMessage?> GetAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>The partner's own messages, newest first, filtered and paged by <paramref name="query"/>.</summary>
    Task<MessagePage> ListAsync(string partnerId, MessageQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The acknowledgements stored with the message, oldest first; empty when there are none yet;
    /// <see langword="null"/> when the message is unknown or another partner's.
    /// </summary>
    Task<IReadOnlyList<StoredAck>?> GetAcksAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>The raw bytes exactly as received, or <see langword="null"/> when unknown or another partner's.</summary>
    Task<ReadOnlyMemory<byte>?> GetBodyAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>True when the store answers (readiness probe).</summary>
    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);
}
