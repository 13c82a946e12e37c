using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>A CUSDEC message being mapped: the declaration's header and goods items so far.</summary>
internal sealed class CusdecState(MappingContext context) : MappingState(context)
{
    public string? FunctionCode { get; set; }

    public string? TypeCode { get; set; }

    public Lrn? Lrn { get; set; }

    /// <summary>True when the LRN came from BGM, which RFF+ABE does not override.</summary>
    public bool LrnFromBgm { get; set; }

    public string? Id { get; set; }

    public Ucr? Ucr { get; set; }

    public DateTimeOffset? IssueDateTime { get; set; }

    public string? DeclarationOffice { get; set; }

    public string? ExitOffice { get; set; }

    public CountryCode? ExportCountry { get; set; }

    public CountryCode? DestinationCountry { get; set; }

    public Quantity? TotalGrossMass { get; set; }

    public Amount? InvoiceAmount { get; set; }

    public int? GoodsItemQuantity { get; set; }

    public int? TotalPackageQuantity { get; set; }

    public List<TransportEquipment> Equipment { get; } = [];

    public List<AdditionalInformation> Information { get; } = [];

    public List<DocumentReference> Documents { get; } = [];

    public List<Party> Parties { get; } = [];

    public TransportMeans? Border { get; set; }

    public TransportMeans? Arrival { get; set; }

    public TransportMeans? Departure { get; set; }

    public TradeTerms? TradeTerms { get; set; }

    public List<GoodsItem> Items { get; } = [];

    public GoodsItemBuilder? Item { get; set; }
}

/// <summary>A goods item (CUSDEC D.96B SG30 CST) being read.</summary>
internal sealed class GoodsItemBuilder(ICanonicalLocation declaration, int index, int sequence) : CanonicalElement(declaration, "goodsItems", index)
{
    public int Sequence { get; } = sequence;

    public HsCode? CommodityCode { get; set; }

    public List<Classification> Classifications { get; } = [];

    public string? Description { get; set; }

    public CountryCode? OriginCountry { get; set; }

    public CountryCode? ExportCountry { get; set; }

    public Quantity? GrossMass { get; set; }

    public Quantity? NetMass { get; set; }

    public Amount? ItemPrice { get; set; }

    public Amount? CustomsValue { get; set; }

    public List<Packaging> Packages { get; } = [];

    public List<DocumentReference> Documents { get; } = [];

    public List<PreviousDocument> PreviousDocuments { get; } = [];

    public List<GovernmentProcedure> Procedures { get; } = [];

    public List<DutyTaxFee> Taxes { get; } = [];

    public GoodsItem Build() => new()
    {
        SequenceNumber = Sequence,
        Description = Description,
        CommodityCode = CommodityCode,
        Classifications = Classifications.ToArray(),
        OriginCountry = OriginCountry,
        ExportCountry = ExportCountry,
        GrossMass = GrossMass,
        NetMass = NetMass,
        ItemPrice = ItemPrice,
        CustomsValue = CustomsValue,
        Procedures = Procedures.ToArray(),
        Packages = Packages.ToArray(),
        AdditionalDocuments = Documents.ToArray(),
        DutyTaxFees = Taxes.ToArray(),
        PreviousDocuments = PreviousDocuments.ToArray(),
    };
}
