namespace UniPass.Gateway.Routing.Bus;

/// <summary>The kinds of customs document, one topic each.</summary>
public enum DocumentKind
{
    /// <summary>Goods declarations (EDIFACT CUSDEC, WCO DM DEC, canonical <c>declaration</c>).</summary>
    Declaration,

    /// <summary>Cargo reports and manifests (EDIFACT CUSCAR, WCO DM cargo report, canonical <c>cargoReport</c>).</summary>
    Manifest,

    /// <summary>Passenger and crew lists (EDIFACT PAXLST, canonical <c>passengerList</c>).</summary>
    PassengerList,

    /// <summary>Licences, permits and certificates (canonical <c>permit</c>).</summary>
    Permit,
}
