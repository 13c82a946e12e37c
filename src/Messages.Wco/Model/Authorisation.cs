namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>An authorisation the declaration relies on (WCO DM 17C): holder and authorisation type.</summary>
public sealed record Authorisation
{
    [WcoId("R144")]
    public required string HolderId { get; init; }

    [WcoId("R145")]
    public required string CategoryCode { get; init; }
}
