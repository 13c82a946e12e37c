using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Routing.Intake;

/// <summary>
/// The partner sent an EDIFACT interchange whose key (UNB sender, recipient and control reference, ISO 9735-1
/// S002/S003/0020) it had already used within <see cref="IntakeOptions.DuplicateWindow"/> for different bytes.
/// The same bytes again are a repeat and get the original receipt; other bytes under the same key are not the same
/// interchange, so they are refused and never processed. They are not dropped either: the store keeps them, with
/// their hash, as message <see cref="KeptAsMessageId"/> (status <see cref="MessageStatus.Rejected"/>, a timeline that
/// names the collision, no outbox entry), so that what the partner sent stays on record and the partner can look it up.
/// The earlier message is unchanged and still owns the key.
/// </summary>
public sealed class InterchangeReusedException : InvalidOperationException
{
    public InterchangeReusedException(string partnerId, InterchangeKey interchange, Guid originalMessageId, DateTimeOffset originalReceivedAt, Guid keptAsMessageId)
        : base($"Partner {partnerId} already sent interchange {Describe(interchange)} with different content.")
    {
        PartnerId = partnerId;
        Interchange = interchange;
        OriginalMessageId = originalMessageId;
        OriginalReceivedAt = originalReceivedAt;
        KeptAsMessageId = keptAsMessageId;
    }

    /// <summary>The partner that reused the interchange key.</summary>
    public string PartnerId { get; }

    /// <summary>The key that collided.</summary>
    public InterchangeKey Interchange { get; }

    /// <summary>The partner's earlier message that owns the key.</summary>
    public Guid OriginalMessageId { get; }

    /// <summary>When the earlier message was received.</summary>
    public DateTimeOffset OriginalReceivedAt { get; }

    /// <summary>The refused bytes, kept as a rejected message that is never processed.</summary>
    public Guid KeptAsMessageId { get; }

    /// <summary>The key as a person reads it: <c>UNB sender 'A', recipient 'B', control reference 'C'</c>.</summary>
    public static string Describe(InterchangeKey interchange) =>
        $"UNB sender '{interchange.Sender}', recipient '{interchange.Recipient}', control reference '{interchange.ControlReference}'";
}
