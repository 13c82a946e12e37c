using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// A goods declaration (WCO DM class 42A, DEC): import or export, its parties, the goods shipment
/// (67A) flattened into this record, and the goods items (68A).
/// </summary>
[WcoId("42A")]
public sealed record Declaration : CanonicalDocument
{
    [JsonIgnore]
    public override string DocumentType => "declaration";

    /// <summary>Message function (UN/EDIFACT 1225: 9 original, 13 request, 5 replacement...).</summary>
    [WcoId("017")]
    public required string FunctionCode { get; init; }

    /// <summary>Declaration type (UK CDS: DE 1/1 + 1/2, e.g. <c>IMA</c>, <c>EXD</c>).</summary>
    [WcoId("D013")]
    public required string TypeCode { get; init; }

    [WcoId("D026")]
    public required Lrn Lrn { get; init; }

    /// <summary>Document reference given by customs (the MRN), for amendments and cancellations.</summary>
    [WcoId("D014")]
    public string? Id { get; init; }

    [WcoId("D011")]
    public DateTimeOffset? IssueDateTime { get; init; }

    [WcoId("023")]
    public DateTimeOffset? AcceptanceDateTime { get; init; }

    [WcoId("228")]
    public int? GoodsItemQuantity { get; init; }

    [WcoId("146")]
    public int? TotalPackageQuantity { get; init; }

    [WcoId("131")]
    public Quantity? TotalGrossMass { get; init; }

    [WcoId("109")]
    public Amount? InvoiceAmount { get; init; }

    [WcoId("065")]
    public string? DeclarationOfficeId { get; init; }

    [WcoId("G005")]
    public string? ExitOfficeId { get; init; }

    [WcoId("G012")]
    public string? SupervisingOfficeId { get; init; }

    /// <summary>Parties of the declaration and its goods shipment, each once with its role.</summary>
    public IReadOnlyList<Party> Parties { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Authorisation> Authorisations { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Guarantee> Guarantees { get; init => field = value ?? []; } = [];

    public IReadOnlyList<AdditionalInformation> AdditionalInformation { get; init => field = value ?? []; } = [];

    public IReadOnlyList<DocumentReference> AdditionalDocuments { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Amendment> Amendments { get; init => field = value ?? []; } = [];

    [WcoId("15A")]
    public TransportMeans? BorderTransportMeans { get; init; }

    [WcoId("10A")]
    public TransportMeans? ArrivalTransportMeans { get; init; }

    [WcoId("46A")]
    public TransportMeans? DepartureTransportMeans { get; init; }

    /// <summary>Whether the goods travel in containers (WCO DM 096: 0 no, 1 yes).</summary>
    [WcoId("096")]
    public string? ContainerCode { get; init; }

    [WcoId("098")]
    public string? FreightPaymentMethodCode { get; init; }

    /// <summary>Countries of routing in order (WCO DM 064).</summary>
    [WcoId("064")]
    public IReadOnlyList<CountryCode> RoutingCountries { get; init => field = value ?? []; } = [];

    public GoodsLocation? GoodsLocation { get; init; }

    public IReadOnlyList<TransportEquipment> TransportEquipment { get; init => field = value ?? []; } = [];

    [WcoId("103")]
    public string? TransactionNatureCode { get; init; }

    [WcoId("465")]
    public CountryCode? DestinationCountry { get; init; }

    [WcoId("062")]
    public CountryCode? ExportCountry { get; init; }

    public TradeTerms? TradeTerms { get; init; }

    [WcoId("016")]
    public Ucr? Ucr { get; init; }

    /// <summary>Trader's own reference for the goods shipment (WCO DM 009).</summary>
    [WcoId("009")]
    public string? TraderReference { get; init; }

    public Warehouse? Warehouse { get; init; }

    public IReadOnlyList<PreviousDocument> PreviousDocuments { get; init => field = value ?? []; } = [];

    public IReadOnlyList<GoodsItem> GoodsItems { get; init => field = value ?? []; } = [];

    /// <summary>True for import declarations (UK CDS type codes start with <c>IM</c>; also <c>CO</c> for special fiscal territories).</summary>
    [JsonIgnore]
    public bool IsImport => TypeCode.StartsWith("IM", StringComparison.Ordinal);

    /// <summary>True for export declarations (type codes starting with <c>EX</c>).</summary>
    [JsonIgnore]
    public bool IsExport => TypeCode.StartsWith("EX", StringComparison.Ordinal);
}
