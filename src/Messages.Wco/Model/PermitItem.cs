namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Goods a permit covers.</summary>
public sealed record PermitItem
{
    [WcoId("006")]
    public required int SequenceNumber { get; init; }

    [WcoId("145")]
    public HsCode? CommodityCode { get; init; }

    [WcoId("137")]
    public string? Description { get; init; }

    [WcoId("063")]
    public CountryCode? OriginCountry { get; init; }

    public Quantity? Quantity { get; init; }
}
