namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A dangerous goods entry: UN number (WCO DM 506) and IMDG/ICAO hazard class.</summary>
public sealed record DangerousGoods
{
    [WcoId("506")]
    public required string UnNumber { get; init; }

    public string? HazardClass { get; init; }
}
