using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Routing.Intake;

/// <summary>One message in a listing: what arrived, from whom, how, and where it stands.</summary>
/// <param name="Id">The tracking id.</param>
/// <param name="PartnerId">The sender.</param>
/// <param name="Channel">The transport (<see cref="IntakeChannels"/>).</param>
/// <param name="ContentType">The declared media type, as received.</param>
/// <param name="Format">The detected format.</param>
/// <param name="MessageType">The document type (<c>CUSDEC</c>, <c>PAXLST</c>, a WCO DM root such as <c>Declaration</c>), when known.</param>
/// <param name="Status">The current status.</param>
/// <param name="ReceivedAt">When the submission was committed.</param>
/// <param name="UpdatedAt">When the status last changed.</param>
/// <param name="Sha256">SHA-256 of the raw bytes (lower-case hex).</param>
/// <param name="Size">Size of the raw bytes.</param>
/// <param name="IdempotencyKey">The sender's idempotency key, when given.</param>
/// <param name="InterchangeKey">The EDIFACT interchange key (sender, recipient, control reference), when EDIFACT.</param>
public sealed record MessageSummary(
    Guid Id,
    string PartnerId,
    string Channel,
    string? ContentType,
    MessageFormat Format,
    string? MessageType,
    MessageStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string Sha256,
    int Size,
    string? IdempotencyKey,
    string? InterchangeKey);
