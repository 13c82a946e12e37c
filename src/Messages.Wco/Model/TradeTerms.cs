namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Delivery terms (WCO DM 95A): Incoterms code and place.</summary>
public sealed record TradeTerms
{
    [WcoId("090")]
    public string? ConditionCode { get; init; }

    [WcoId("L002")]
    public string? LocationId { get; init; }
}
