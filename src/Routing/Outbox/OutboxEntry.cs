using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>A claimed outbox entry: the stored message and how often it has been attempted (this claim included).</summary>
public sealed record OutboxEntry(
    Guid MessageId,
    string PartnerId,
    string Channel,
    string? ContentType,
    MessageFormat Format,
    string? MessageType,
    DateTimeOffset ReceivedAt,
    ReadOnlyMemory<byte> Body,
    int Attempts);
