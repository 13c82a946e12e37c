namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Where the goods can be examined (WCO DM 64A).</summary>
public sealed record GoodsLocation
{
    [WcoId("L016")]
    public string? Name { get; init; }

    [WcoId("L017")]
    public string? Id { get; init; }

    [WcoId("L110")]
    public string? TypeCode { get; init; }

    public Address? Address { get; init; }
}
