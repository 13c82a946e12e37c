namespace UniPass.Gateway.Routing.Intake;

/// <summary>An acknowledgement stored with its message, in the sender's format.</summary>
/// <param name="Id">The acknowledgement's id.</param>
/// <param name="MessageId">The message it answers.</param>
/// <param name="Kind">What it is (<see cref="AckKinds"/>: CONTRL, APERAK, CUSRES, WCO-RES, JSON).</param>
/// <param name="ContentType">The media type to serve it with.</param>
/// <param name="Content">The acknowledgement's bytes.</param>
/// <param name="CreatedAt">When it was stored.</param>
public sealed record StoredAck(
    Guid Id,
    Guid MessageId,
    string Kind,
    string ContentType,
    ReadOnlyMemory<byte> Content,
    DateTimeOffset CreatedAt);
