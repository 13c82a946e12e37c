namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>The message types <see cref="InterchangeGenerator"/> can fill an interchange with.</summary>
public enum InterchangeKind
{
    /// <summary>PAXLST D.02B in the WCO/IATA API style, all messages in one UNG/UNE group.</summary>
    Paxlst,

    /// <summary>CUSCAR D.95B carrier cargo reports, bare messages (no group).</summary>
    Cuscar,
}
