using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// A cargo report (e-manifest; WCO DM CRI/CRE, UN/EDIFACT CUSCAR): one voyage or flight of one means
/// of transport and the consignments it carries, each under a master and optionally a house bill of lading.
/// </summary>
public sealed record CargoReport : CanonicalDocument
{
    [JsonIgnore]
    public override string DocumentType => "cargoReport";

    /// <summary>The manifest (document) number (WCO DM D014).</summary>
    [WcoId("D014")]
    public required string ManifestNumber { get; init; }

    [WcoId("017")]
    public string? FunctionCode { get; init; }

    [WcoId("D011")]
    public DateTimeOffset? IssueDateTime { get; init; }

    /// <summary>The vessel, aircraft or vehicle with its voyage/flight number.</summary>
    public required TransportMeans TransportMeans { get; init; }

    public IReadOnlyList<Party> Parties { get; init => field = value ?? []; } = [];

    [WcoId("L010")]
    public UnLocode? LoadingLocation { get; init; }

    /// <summary>Place of discharge, coded (WCO DM L013; L012 is the place's name).</summary>
    [WcoId("L013")]
    public UnLocode? DischargeLocation { get; init; }

    /// <summary>Estimated or actual arrival at the discharge location.</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateTimeOffset? ArrivalDateTime { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateTimeOffset? DepartureDateTime { get; init; }

    /// <summary>Ports or places called at, in order (WCO DM L011 routing).</summary>
    public IReadOnlyList<UnLocode> Itinerary { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Consignment> Consignments { get; init => field = value ?? []; } = [];

    /// <summary>The unique cargo reference of every consignment, in order.</summary>
    [JsonIgnore]
    public IEnumerable<UniqueCargoReference> CargoReferences =>
        Consignments.Select(c => new UniqueCargoReference(ManifestNumber, c.MasterBillOfLading, c.HouseBillOfLading));
}
