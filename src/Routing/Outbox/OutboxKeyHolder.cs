namespace UniPass.Gateway.Routing.Outbox;

/// <summary>An outbox entry that registered an ordering key: later messages with the key wait for it.</summary>
public sealed record OutboxKeyHolder(string Key, Guid MessageId, DateTimeOffset ReceivedAt, DateTimeOffset DueAt);
