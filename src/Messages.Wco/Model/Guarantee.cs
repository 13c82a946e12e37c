namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A guarantee for duties (WCO DM 45A).</summary>
public sealed record Guarantee
{
    [WcoId("D014")]
    public string? Id { get; init; }

    [WcoId("101")]
    public string? SecurityDetailsCode { get; init; }
}
