namespace UniPass.Gateway.Routing.Bus;

/// <summary>Which document kind a message type is.</summary>
public static class DocumentKinds
{
    /// <summary>
    /// The kind of <paramref name="messageType"/>: EDIFACT UNH 0065 (CUSDEC, CUSCAR, PAXLST), the WCO DM
    /// root or type name (Declaration, DEC, CargoReport), or the canonical <c>documentType</c>; null when
    /// the gateway does not route that type.
    /// </summary>
    public static DocumentKind? FromMessageType(string? messageType) => messageType?.ToUpperInvariant() switch
    {
        "CUSDEC" or "DECLARATION" or "DEC" or "DEC-DMS" => DocumentKind.Declaration,
        "CUSCAR" or "CARGOREPORT" or "MANIFEST" => DocumentKind.Manifest,
        "PAXLST" or "PASSENGERLIST" => DocumentKind.PassengerList,
        "PERMIT" => DocumentKind.Permit,
        _ => null,
    };
}
