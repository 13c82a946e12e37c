namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A goods item of a declaration (WCO DM 68A, GovernmentAgencyGoodsItem) with its commodity (23A).</summary>
[WcoId("68A")]
public sealed record GoodsItem
{
    [WcoId("006")]
    public required int SequenceNumber { get; init; }

    [WcoId("137")]
    public string? Description { get; init; }

    /// <summary>The commodity code (for UK CDS the TSP/CN code, DE 6/14).</summary>
    [WcoId("145")]
    public HsCode? CommodityCode { get; init; }

    /// <summary>Further classifications (TARIC, national additional codes...).</summary>
    public IReadOnlyList<Classification> Classifications { get; init => field = value ?? []; } = [];

    public IReadOnlyList<DangerousGoods> DangerousGoods { get; init => field = value ?? []; } = [];

    [WcoId("063")]
    public CountryCode? OriginCountry { get; init; }

    /// <summary>Preferential (2) or non-preferential (1) origin (WCO DM 501).</summary>
    [WcoId("501")]
    public string? OriginTypeCode { get; init; }

    [WcoId("062")]
    public CountryCode? ExportCountry { get; init; }

    [WcoId("126")]
    public Quantity? GrossMass { get; init; }

    [WcoId("128")]
    public Quantity? NetMass { get; init; }

    /// <summary>Supplementary units (WCO DM 130).</summary>
    [WcoId("130")]
    public Quantity? TariffQuantity { get; init; }

    [WcoId("112")]
    public Amount? ItemPrice { get; init; }

    [WcoId("114")]
    public Amount? StatisticalValue { get; init; }

    [WcoId("108")]
    public Amount? CustomsValue { get; init; }

    [WcoId("122")]
    public string? ValuationMethodCode { get; init; }

    [WcoId("188")]
    public string? ValuationAdjustmentCode { get; init; }

    [WcoId("103")]
    public string? TransactionNatureCode { get; init; }

    /// <summary>Procedures: the first is the requested/previous procedure, further ones additional procedures.</summary>
    public IReadOnlyList<GovernmentProcedure> Procedures { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Packaging> Packages { get; init => field = value ?? []; } = [];

    public IReadOnlyList<DocumentReference> AdditionalDocuments { get; init => field = value ?? []; } = [];

    public IReadOnlyList<AdditionalInformation> AdditionalInformation { get; init => field = value ?? []; } = [];

    public IReadOnlyList<DutyTaxFee> DutyTaxFees { get; init => field = value ?? []; } = [];

    public IReadOnlyList<PreviousDocument> PreviousDocuments { get; init => field = value ?? []; } = [];

    /// <summary>Equipment the item is packed in, by equipment id.</summary>
    public IReadOnlyList<string> EquipmentIds { get; init => field = value ?? []; } = [];
}
