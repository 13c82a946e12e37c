namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A consignment of a cargo report (WCO DM 28A) under its transport documents.</summary>
public sealed record Consignment
{
    /// <summary>Master bill of lading / air waybill (WCO DM D024 transport document number).</summary>
    [WcoId("D024")]
    public required string MasterBillOfLading { get; init; }

    /// <summary>House bill of lading, when a forwarder consolidated the consignment.</summary>
    public string? HouseBillOfLading { get; init; }

    [WcoId("016")]
    public Ucr? Ucr { get; init; }

    public IReadOnlyList<Party> Parties { get; init; } = [];

    [WcoId("L010")]
    public UnLocode? LoadingLocation { get; init; }

    [WcoId("L012")]
    public UnLocode? DischargeLocation { get; init; }

    /// <summary>Final place of delivery (WCO DM L015).</summary>
    [WcoId("L015")]
    public UnLocode? DeliveryLocation { get; init; }

    [WcoId("131")]
    public Quantity? GrossMass { get; init; }

    [WcoId("146")]
    public int? PackageQuantity { get; init; }

    public IReadOnlyList<TransportEquipment> TransportEquipment { get; init; } = [];

    public IReadOnlyList<CargoItem> Items { get; init; } = [];
}
