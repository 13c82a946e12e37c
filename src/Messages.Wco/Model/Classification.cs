namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A further classification of a commodity beside its HS code (WCO DM 21A: e.g. TARIC, national additional codes).</summary>
public sealed record Classification
{
    [WcoId("145")]
    public required string Id { get; init; }

    /// <summary>Which list the code is from (UN/EDIFACT 7143; UK: TSP, TRC, TRA, GN...).</summary>
    public string? TypeCode { get; init; }
}
