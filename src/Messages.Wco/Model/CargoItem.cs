namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A goods item of a consignment in a cargo report (WCO DM 29A ConsignmentItem).</summary>
public sealed record CargoItem
{
    [WcoId("006")]
    public required int SequenceNumber { get; init; }

    [WcoId("137")]
    public string? Description { get; init; }

    [WcoId("145")]
    public HsCode? CommodityCode { get; init; }

    public IReadOnlyList<Packaging> Packages { get; init => field = value ?? []; } = [];

    [WcoId("126")]
    public Quantity? GrossMass { get; init; }

    public IReadOnlyList<DangerousGoods> DangerousGoods { get; init => field = value ?? []; } = [];

    /// <summary>Equipment the item is packed in, by equipment id.</summary>
    public IReadOnlyList<string> EquipmentIds { get; init => field = value ?? []; } = [];
}
