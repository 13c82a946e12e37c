namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A consignment of a cargo report (WCO DM 28A) under its transport documents.</summary>
public sealed record Consignment
{
    /// <summary>
    /// Master bill of lading / air waybill: the transport document number (WCO DM D023) of the consignment's
    /// TransportContractDocument (30B) at master level.
    /// </summary>
    [WcoId("D023")]
    public required string MasterBillOfLading { get; init; }

    /// <summary>House bill of lading, when a forwarder consolidated the consignment: WCO DM D023 at house level.</summary>
    [WcoId("D023")]
    public string? HouseBillOfLading { get; init; }

    [WcoId("016")]
    public Ucr? Ucr { get; init; }

    public IReadOnlyList<Party> Parties { get; init => field = value ?? []; } = [];

    [WcoId("L010")]
    public UnLocode? LoadingLocation { get; init; }

    /// <summary>Place of discharge, coded (WCO DM L013; L012 is the place's name).</summary>
    [WcoId("L013")]
    public UnLocode? DischargeLocation { get; init; }

    /// <summary>Final place of delivery.</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public UnLocode? DeliveryLocation { get; init; }

    [WcoId("131")]
    public Quantity? GrossMass { get; init; }

    [WcoId("146")]
    public int? PackageQuantity { get; init; }

    public IReadOnlyList<TransportEquipment> TransportEquipment { get; init => field = value ?? []; } = [];

    public IReadOnlyList<CargoItem> Items { get; init => field = value ?? []; } = [];
}
