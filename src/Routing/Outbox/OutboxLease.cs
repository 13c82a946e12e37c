namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// A claim on one outbox entry: the message and the token of the claim that leased it. Writes that carry
/// a token the entry no longer has (its lease expired and another claim took it, or it was already
/// completed or released) are not applied.
/// </summary>
public readonly record struct OutboxLease(Guid MessageId, Guid Token);
