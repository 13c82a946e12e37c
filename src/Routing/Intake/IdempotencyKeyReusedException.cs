namespace UniPass.Gateway.Routing.Intake;

/// <summary>
/// The partner sent an <see cref="IntakeRequest.IdempotencyKey"/> it had already used for different bytes.
/// Nothing is stored; the earlier message is unchanged. A key names one request, so the same key with
/// another payload is the sender's mistake, not a repeat (draft-ietf-httpapi-idempotency-key-header, "Error Scenarios":
/// answered <c>422 Unprocessable Content</c>).
/// </summary>
public sealed class IdempotencyKeyReusedException : InvalidOperationException
{
    public IdempotencyKeyReusedException(string partnerId, string idempotencyKey)
        : base($"Partner {partnerId} already used the Idempotency-Key for a different message.")
    {
        PartnerId = partnerId;
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The partner that reused its key.</summary>
    public string PartnerId { get; }

    /// <summary>The reused key.</summary>
    public string IdempotencyKey { get; }
}
