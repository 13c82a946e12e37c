using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

internal sealed partial class DeclarationXmlReader
{
    /// <summary>
    /// The declaration being read, filled element by element: the immutable record is made once, at the end, instead of
    /// being copied for every element read.
    /// </summary>
    private sealed class DeclarationBuilder
    {
        public DateTimeOffset? AcceptanceDateTime { get; set; }

        public string? Id { get; set; }

        public DateTimeOffset? IssueDateTime { get; set; }

        public int? GoodsItemQuantity { get; set; }

        public string? DeclarationOfficeId { get; set; }

        public Amount? InvoiceAmount { get; set; }

        public Quantity? TotalGrossMass { get; set; }

        public int? TotalPackageQuantity { get; set; }

        public TransportMeans? BorderTransportMeans { get; set; }

        public TransportMeans? ArrivalTransportMeans { get; set; }

        public TransportMeans? DepartureTransportMeans { get; set; }

        public string? ExitOfficeId { get; set; }

        public string? SupervisingOfficeId { get; set; }

        public string? FreightPaymentMethodCode { get; set; }

        public string? ContainerCode { get; set; }

        public GoodsLocation? GoodsLocation { get; set; }

        public string? TransactionNatureCode { get; set; }

        public CountryCode? DestinationCountry { get; set; }

        public CountryCode? ExportCountry { get; set; }

        public TradeTerms? TradeTerms { get; set; }

        public Ucr? Ucr { get; set; }

        public string? TraderReference { get; set; }

        public Warehouse? Warehouse { get; set; }

        public List<Party> Parties { get; } = [];

        public List<Authorisation> Authorisations { get; } = [];

        public List<Guarantee> Guarantees { get; } = [];

        public List<AdditionalInformation> Information { get; } = [];

        public List<DocumentReference> Documents { get; } = [];

        public List<Amendment> Amendments { get; } = [];

        public List<CountryCode> Routing { get; } = [];

        public List<TransportEquipment> Equipment { get; } = [];

        public List<PreviousDocument> PreviousDocuments { get; } = [];

        public List<GoodsItem> Items { get; } = [];

        public Declaration Build(string functionCode, string typeCode, Lrn lrn) => new()
        {
            FunctionCode = functionCode,
            TypeCode = typeCode,
            Lrn = lrn,
            Id = Id,
            IssueDateTime = IssueDateTime,
            AcceptanceDateTime = AcceptanceDateTime,
            GoodsItemQuantity = GoodsItemQuantity,
            TotalPackageQuantity = TotalPackageQuantity,
            TotalGrossMass = TotalGrossMass,
            InvoiceAmount = InvoiceAmount,
            DeclarationOfficeId = DeclarationOfficeId,
            ExitOfficeId = ExitOfficeId,
            SupervisingOfficeId = SupervisingOfficeId,
            Parties = Parties,
            Authorisations = Authorisations,
            Guarantees = Guarantees,
            AdditionalInformation = Information,
            AdditionalDocuments = Documents,
            Amendments = Amendments,
            BorderTransportMeans = BorderTransportMeans,
            ArrivalTransportMeans = ArrivalTransportMeans,
            DepartureTransportMeans = DepartureTransportMeans,
            ContainerCode = ContainerCode,
            FreightPaymentMethodCode = FreightPaymentMethodCode,
            RoutingCountries = Routing,
            GoodsLocation = GoodsLocation,
            TransportEquipment = Equipment,
            TransactionNatureCode = TransactionNatureCode,
            DestinationCountry = DestinationCountry,
            ExportCountry = ExportCountry,
            TradeTerms = TradeTerms,
            Ucr = Ucr,
            TraderReference = TraderReference,
            Warehouse = Warehouse,
            PreviousDocuments = PreviousDocuments,
            GoodsItems = Items,
        };
    }

    /// <summary>A goods item being read; lists are made only for what the item has.</summary>
    private sealed class GoodsItemBuilder
    {
        public string? Description { get; set; }

        public HsCode? CommodityCode { get; set; }

        public CountryCode? OriginCountry { get; set; }

        public string? OriginTypeCode { get; set; }

        public CountryCode? ExportCountry { get; set; }

        public Quantity? GrossMass { get; set; }

        public Quantity? NetMass { get; set; }

        public Quantity? TariffQuantity { get; set; }

        public Amount? ItemPrice { get; set; }

        public Amount? StatisticalValue { get; set; }

        public Amount? CustomsValue { get; set; }

        public string? ValuationMethodCode { get; set; }

        public string? ValuationAdjustmentCode { get; set; }

        public string? TransactionNatureCode { get; set; }

        public List<Classification>? Classifications { get; set; }

        public List<DangerousGoods>? DangerousGoods { get; set; }

        public List<GovernmentProcedure>? Procedures { get; set; }

        public List<Packaging>? Packages { get; set; }

        public List<DocumentReference>? Documents { get; set; }

        public List<AdditionalInformation>? Information { get; set; }

        public List<DutyTaxFee>? DutyTaxFees { get; set; }

        public List<PreviousDocument>? PreviousDocuments { get; set; }

        public List<string>? EquipmentIds { get; set; }

        public GoodsItem Build(int sequenceNumber) => new()
        {
            SequenceNumber = sequenceNumber,
            Description = Description,
            CommodityCode = CommodityCode,
            Classifications = Classifications ?? [],
            DangerousGoods = DangerousGoods ?? [],
            OriginCountry = OriginCountry,
            OriginTypeCode = OriginTypeCode,
            ExportCountry = ExportCountry,
            GrossMass = GrossMass,
            NetMass = NetMass,
            TariffQuantity = TariffQuantity,
            ItemPrice = ItemPrice,
            StatisticalValue = StatisticalValue,
            CustomsValue = CustomsValue,
            ValuationMethodCode = ValuationMethodCode,
            ValuationAdjustmentCode = ValuationAdjustmentCode,
            TransactionNatureCode = TransactionNatureCode,
            Procedures = Procedures ?? [],
            Packages = Packages ?? [],
            AdditionalDocuments = Documents ?? [],
            AdditionalInformation = Information ?? [],
            DutyTaxFees = DutyTaxFees ?? [],
            PreviousDocuments = PreviousDocuments ?? [],
            EquipmentIds = EquipmentIds ?? [],
        };
    }
}
