using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Edifact.Mapping.Internal.Elements;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// CUSDEC (D.96B) → <see cref="Declaration"/>. Header: BGM (C002 1001 929 import / 830 export, C106 1004 the
/// declarant's reference as LRN, 1225 the function), LOC (22 office of clearance, 42 office of exit, 35
/// country of exportation, 28 country of destination), DTM+137, MEA+AAE gross weight, EQD/SEL, FTX, SG1 RFF
/// (ABE declarant's reference, ABT customs declaration number, UCN UCR), SG4 TDT (11 at border, 12 at
/// departure, 13 at arrival), SG5 DOC, SG6 NAD, SG7 TOD, SG8 MOA+39/77 invoice, CNT+5/11. Goods items: SG30
/// CST (1496 the item number, C246 7361 the commodity code, then further codes: classifications, and the customs
/// procedure where 1131 is 117) with FTX+AAA, LOC+27/35, MEA (G/AAB gross, N/AAA net), SG31 PAC with SG32 PCI marks,
/// SG33 MOA (38 invoice item amount, 40 customs value), SG35 RFF previous documents, SG37 DOC documents and permits,
/// SG41 TAX with MOA.
/// </summary>
/// <remarks>
/// The WCO DM declaration type (D013, e.g. the EU/UK <c>IM</c>/<c>EX</c> + additional type) has no position
/// of its own in CUSDEC D.96B: partners that carry it write it as the document name (C002 1000); otherwise
/// it is <c>IM</c> for 929 and <c>EX</c> for 830, and the 1001 code itself for other declarations.
/// </remarks>
internal sealed class CusdecMapping : MessageMapping<CusdecState>
{
    private static readonly FixedLocation s_border = new("/borderTransportMeans");
    private static readonly FixedLocation s_tradeTerms = new("/tradeTerms");

    private static readonly SegmentMap<CusdecState>[] s_segments =
    [
        new(SegmentRef.Top("BGM"), [DocumentNameCode, DocumentName, DocumentIdentifier, MessageFunction], static (s, in v) => OnBgm(s, v)),
        new(SegmentRef.Top("LOC"), [LocationQualifier, LocationId], static (s, in v) => OnLocation(s, v)),
        new(SegmentRef.Top("DTM"), [DateQualifier, DateValue, DateFormat], static (s, in v) => OnDate(s, v)),
        new(SegmentRef.Top("MEA"), [MeasurePurpose, MeasuredAttribute, MeasureUnit, MeasureValue], static (s, in v) => OnMeasure(s, v)),
        new(SegmentRef.Top("EQD"), [EquipmentQualifier, EquipmentId, EquipmentSizeType], static (s, in v) => OnEquipment(s, v)),
        new(SegmentRef.Top("SEL"), [SealNumber], static (s, in v) => OnSeal(s, v)),
        new(SegmentRef.Top("FTX"), [TextSubject, TextCode, Text1, Text2, Text3, Text4, Text5], static (s, in v) => OnText(s, v)),
        new(SegmentRef.Top("RFF"), [ReferenceQualifier, ReferenceId], static (s, in v) => OnReference(s, v)),
        new(SegmentRef.Top("TDT"), [TransportStage, ConveyanceReference, TransportMode, TransportMeansType, MeansId, MeansIdCodeList, MeansName, MeansNationality],
            static (s, in v) => OnTransport(s, v)),
        new(SegmentRef.Top("DOC"), [DocumentNameCode, DocumentNumber, DocumentName], static (s, in v) => OnDocument(s, v, s.Documents, s)),
        new(SegmentRef.Top("NAD"), Parties.Fields, static (s, in v) => OnParty(s, v)),
        new(SegmentRef.Top("TOD"), [DeliveryTerms], static (s, in v) => s.TradeTerms = new TradeTerms { ConditionCode = v.Text(DeliveryTerms) }),
        new(SegmentRef.In(["TOD"], "LOC"), [LocationQualifier, LocationId, LocationName], static (s, in v) => OnTermsLocation(s, v)),
        new(SegmentRef.Top("MOA"), [AmountQualifier, AmountValue, AmountCurrency], static (s, in v) => OnAmount(s, v)),
        new(SegmentRef.Top("CNT"), [ControlQualifier, ControlValue], static (s, in v) => OnControlTotal(s, v)),
        new(SegmentRef.Top("CST"), [GoodsItemNumber, CommodityCode, CommodityCodeList, .. FurtherCodes, .. FurtherCodeLists], static (s, in v) => OnGoodsItem(s, v)),
        new(SegmentRef.In(["CST"], "FTX"), [TextSubject, Text1, Text2, Text3, Text4, Text5], static (s, in v) => OnItemText(s, v)),
        new(SegmentRef.In(["CST"], "LOC"), [LocationQualifier, LocationId], static (s, in v) => OnItemLocation(s, v)),
        new(SegmentRef.In(["CST"], "MEA"), [MeasurePurpose, MeasuredAttribute, MeasureUnit, MeasureValue], static (s, in v) => OnItemMeasure(s, v)),
        new(SegmentRef.In(["CST"], "PAC"), [PackagesNumber, PackagingType], static (s, in v) => OnPackage(s, v)),
        new(SegmentRef.In(["CST", "PAC"], "PCI"), [ShippingMarks], static (s, in v) => OnMarks(s, v)),
        new(SegmentRef.In(["CST"], "MOA"), [AmountQualifier, AmountValue, AmountCurrency], static (s, in v) => OnItemAmount(s, v)),
        new(SegmentRef.In(["CST"], "RFF"), [ReferenceQualifier, ReferenceId], static (s, in v) => OnPreviousDocument(s, v)),
        new(SegmentRef.In(["CST"], "DOC"), [DocumentNameCode, DocumentNumber, DocumentName], static (s, in v) => OnItemDocument(s, v)),
        new(SegmentRef.In(["CST"], "TAX"), [TaxQualifier, TaxType], static (s, in v) => OnTax(s, v)),
        new(SegmentRef.In(["CST", "TAX"], "MOA"), [AmountQualifier, AmountValue, AmountCurrency], static (s, in v) => OnTaxAmount(s, v)),
    ];

    private static readonly GroupMap<CusdecState>[] s_groups =
    [
        new(GroupRef.Of("CST"), EndGoodsItem),
    ];

    public override string MessageType => "CUSDEC";

    protected override IReadOnlyList<SegmentMap<CusdecState>> Segments => s_segments;

    protected override IReadOnlyList<GroupMap<CusdecState>> Groups => s_groups;

    protected override CusdecState CreateState(MappingContext context) => new(context);

    protected override CanonicalDocument? Finish(CusdecState s)
    {
        if (s.Lrn is null)
        {
            s.ReportAtHeader(EdifactMappingDiagnostics.MissingData, s, "lrn", "BGM C106 1004 or RFF+ABE", "the local reference number");
        }

        if (s.FunctionCode is null || s.TypeCode is null || s.Lrn is null)
        {
            return null;
        }

        return new Declaration
        {
            FunctionCode = s.FunctionCode,
            TypeCode = s.TypeCode,
            Lrn = s.Lrn.Value,
            Id = s.Id,
            Ucr = s.Ucr,
            IssueDateTime = s.IssueDateTime,
            GoodsItemQuantity = s.GoodsItemQuantity,
            TotalPackageQuantity = s.TotalPackageQuantity,
            TotalGrossMass = s.TotalGrossMass,
            InvoiceAmount = s.InvoiceAmount,
            DeclarationOfficeId = s.DeclarationOffice,
            ExitOfficeId = s.ExitOffice,
            Parties = s.Parties.ToArray(),
            AdditionalInformation = s.Information.ToArray(),
            AdditionalDocuments = s.Documents.ToArray(),
            BorderTransportMeans = s.Border,
            ArrivalTransportMeans = s.Arrival,
            DepartureTransportMeans = s.Departure,
            ContainerCode = s.Equipment.Count > 0 ? "1" : null,
            TransportEquipment = s.Equipment.ToArray(),
            DestinationCountry = s.DestinationCountry,
            ExportCountry = s.ExportCountry,
            TradeTerms = s.TradeTerms,
            GoodsItems = s.Items.ToArray(),
        };
    }

    private static void OnBgm(CusdecState s, in SegmentView v)
    {
        s.FunctionCode = s.Required(v, MessageFunction, s, "functionCode", "the message function");
        var code = s.Required(v, DocumentNameCode, s, "typeCode", "the declaration's document name code");
        s.TypeCode = v.Text(DocumentName) ?? code switch
        {
            "929" => "IM",
            "830" => "EX",
            _ => code,
        };
        if (s.Code<Lrn>(v, DocumentIdentifier, s, "lrn", "local reference number") is { } lrn)
        {
            s.Lrn = lrn;
            s.LrnFromBgm = true;
        }
    }

    private static void OnLocation(CusdecState s, in SegmentView v)
    {
        if (v.Is(LocationQualifier, "22"u8))
        {
            s.DeclarationOffice = v.Text(LocationId);
        }
        else if (v.Is(LocationQualifier, "42"u8))
        {
            s.ExitOffice = v.Text(LocationId);
        }
        else if (v.Is(LocationQualifier, "35"u8))
        {
            s.ExportCountry = s.Country(v, LocationId, s, "exportCountry");
        }
        else if (v.Is(LocationQualifier, "28"u8))
        {
            s.DestinationCountry = s.Country(v, LocationId, s, "destinationCountry");
        }
        else
        {
            s.Unmapped(v, LocationQualifier, s);
        }
    }

    private static void OnDate(CusdecState s, in SegmentView v)
    {
        if (v.Is(DateQualifier, "137"u8))
        {
            s.IssueDateTime = s.Instant(v, DateValue, DateFormat, s, "issueDateTime");
        }
        else
        {
            s.Unmapped(v, DateQualifier, s);
        }
    }

    private static void OnMeasure(CusdecState s, in SegmentView v)
    {
        if (IsGross(v))
        {
            s.TotalGrossMass = Mass(s, v, s, "totalGrossMass");
        }
        else
        {
            s.Unmapped(v, MeasuredAttribute, s);
        }
    }

    private static bool IsGross(in SegmentView v) => v.Is(MeasuredAttribute, "G"u8) || v.Is(MeasuredAttribute, "AAB"u8) || v.Is(MeasuredAttribute, "AAD"u8);

    private static Quantity? Mass(MappingState s, in SegmentView v, ICanonicalLocation owner, string member) =>
        s.Decimal(v, MeasureValue, owner, member) is { } value ? new Quantity(value, v.Text(MeasureUnit)) : null;

    private static void OnEquipment(CusdecState s, in SegmentView v)
    {
        if (s.Required(v, EquipmentId, s, "transportEquipment", "the equipment identification") is { } id)
        {
            s.Equipment.Add(new TransportEquipment { SequenceNumber = s.Equipment.Count + 1, Id = id, SizeTypeCode = v.Text(EquipmentSizeType) });
        }
    }

    // SEL (0100) follows the EQD it seals.
    private static void OnSeal(CusdecState s, in SegmentView v)
    {
        if (s.Equipment.Count > 0 && v.Text(SealNumber) is { } seal)
        {
            s.Equipment[^1] = s.Equipment[^1] with { Seals = [.. s.Equipment[^1].Seals, seal] };
        }
    }

    private static void OnText(CusdecState s, in SegmentView v) =>
        s.Information.Add(new AdditionalInformation { StatementTypeCode = v.Text(TextSubject), StatementCode = v.Text(TextCode), StatementDescription = CuscarMapping.JoinLines(v) });

    // SG1 RFF: ABE the declarant's reference (the LRN when BGM has none), ABT/AAE the customs declaration number, UCN the UCR.
    private static void OnReference(CusdecState s, in SegmentView v)
    {
        if (v.Is(ReferenceQualifier, "ABE"u8))
        {
            if (!s.LrnFromBgm)
            {
                s.Lrn = s.Code<Lrn>(v, ReferenceId, s, "lrn", "local reference number");
            }
        }
        else if (v.Is(ReferenceQualifier, "ABT"u8) || v.Is(ReferenceQualifier, "AAE"u8))
        {
            s.Id = v.Text(ReferenceId);
        }
        else if (v.Is(ReferenceQualifier, "UCN"u8))
        {
            s.Ucr = s.Code<Ucr>(v, ReferenceId, s, "ucr", "unique consignment reference");
        }
        else
        {
            s.Unmapped(v, ReferenceQualifier, s);
        }
    }

    // SG4 TDT (UNCL 8051): 11 at border, 12 at departure, 13 at destination (arrival).
    private static void OnTransport(CusdecState s, in SegmentView v)
    {
        var means = new TransportMeans
        {
            Id = v.Text(MeansId),
            IdentificationTypeCode = v.Text(MeansIdCodeList),
            Name = v.Text(MeansName),
            TypeCode = v.Text(TransportMeansType),
            Nationality = s.Country(v, MeansNationality, s_border, "nationality"),
            ModeCode = v.Text(TransportMode),
            ConveyanceReference = v.Text(ConveyanceReference),
        };
        if (v.Is(TransportStage, "11"u8))
        {
            s.Border = means;
        }
        else if (v.Is(TransportStage, "12"u8))
        {
            s.Departure = means;
        }
        else if (v.Is(TransportStage, "13"u8))
        {
            s.Arrival = means;
        }
        else
        {
            s.Unmapped(v, TransportStage, s);
        }
    }

    // DOC: C002 1001 the document type, C503 1004 its number, C002 1000 its name.
    private static void OnDocument(MappingState s, in SegmentView v, List<DocumentReference> documents, ICanonicalLocation owner)
    {
        var at = new FixedLocation($"{owner.Pointer}/additionalDocuments/{documents.Count}");
        if (s.Required(v, DocumentNameCode, at, "typeCode", "the document type") is { } type)
        {
            documents.Add(new DocumentReference { TypeCode = type, Id = v.Text(DocumentNumber), Name = v.Text(DocumentName) });
        }
    }

    private static void OnParty(CusdecState s, in SegmentView v)
    {
        if (Parties.RoleOf(v) is { } role)
        {
            s.Parties.Add(Parties.Read(s, v, role, new FixedLocation($"/parties/{s.Parties.Count}")));
        }
        else
        {
            s.Unmapped(v, PartyQualifier, s);
        }
    }

    private static void OnTermsLocation(CusdecState s, in SegmentView v)
    {
        if (s.TradeTerms is { } terms)
        {
            s.TradeTerms = terms with { LocationId = v.Text(LocationId) ?? v.Text(LocationName) };
        }
        else
        {
            s.Unmapped(v, LocationQualifier, s_tradeTerms);
        }
    }

    // SG8 MOA (UNCL 5025): 39 invoice total amount, 77 invoice amount.
    private static void OnAmount(CusdecState s, in SegmentView v)
    {
        if (v.Is(AmountQualifier, "39"u8) || v.Is(AmountQualifier, "77"u8))
        {
            s.InvoiceAmount = AmountOf(s, v, s, "invoiceAmount");
        }
        else
        {
            s.Unmapped(v, AmountQualifier, s);
        }
    }

    private static Amount? AmountOf(MappingState s, in SegmentView v, ICanonicalLocation owner, string member)
    {
        if (s.Decimal(v, AmountValue, owner, member) is not { } value)
        {
            return null;
        }

        return new Amount(value, s.Code<CurrencyCode>(v, AmountCurrency, owner, member + "/currency", "currency code"));
    }

    // CNT (UNCL 6069): 5 number of customs item detail lines, 11 total number of packages.
    private static void OnControlTotal(CusdecState s, in SegmentView v)
    {
        if (v.Is(ControlQualifier, "5"u8))
        {
            s.GoodsItemQuantity = s.Integer(v, ControlValue, s, "goodsItemQuantity");
        }
        else if (v.Is(ControlQualifier, "11"u8))
        {
            s.TotalPackageQuantity = s.Integer(v, ControlValue, s, "totalPackageQuantity");
        }
        else
        {
            s.Unmapped(v, ControlQualifier, s);
        }
    }

    // SG30 CST: 1496 the goods item number; C246 7361 the commodity code (HS), the further C246 other classifications.
    private static void OnGoodsItem(CusdecState s, in SegmentView v)
    {
        s.Item = null;
        var at = new FixedLocation($"/goodsItems/{s.Items.Count}");
        if (s.Required(v, GoodsItemNumber, at, "sequenceNumber", "the goods item number") is null || s.Integer(v, GoodsItemNumber, at, "sequenceNumber") is not { } sequence)
        {
            return;
        }

        var item = new GoodsItemBuilder(s, s.Items.Count, sequence)
        {
            CommodityCode = s.Code<HsCode>(v, CommodityCode, at, "commodityCode", "HS commodity code"),
        };
        for (var i = 0; i < FurtherCodes.Length; i++)
        {
            if (v.Text(FurtherCodes[i]) is not { } code)
            {
                continue;
            }

            // UNCL 1131 (code list qualifier) 117: Customs procedure.
            if (v.Is(FurtherCodeLists[i], "117"u8))
            {
                item.Procedures.Add(Procedure(code));
            }
            else
            {
                item.Classifications.Add(new Classification { Id = code, TypeCode = v.Text(FurtherCodeLists[i]) });
            }
        }

        s.Item = item;
    }

    private static void OnItemText(CusdecState s, in SegmentView v)
    {
        if (s.Item is not { } item)
        {
            return;
        }

        if (v.Is(TextSubject, "AAA"u8))
        {
            var text = CuscarMapping.JoinLines(v);
            item.Description = item.Description is null ? text : item.Description + " " + text;
        }
        else
        {
            s.Unmapped(v, TextSubject, item);
        }
    }

    // SG30 LOC: 27 country of origin, 35 country of exportation.
    private static void OnItemLocation(CusdecState s, in SegmentView v)
    {
        if (s.Item is not { } item)
        {
            return;
        }

        if (v.Is(LocationQualifier, "27"u8))
        {
            item.OriginCountry = s.Country(v, LocationId, item, "originCountry");
        }
        else if (v.Is(LocationQualifier, "35"u8))
        {
            item.ExportCountry = s.Country(v, LocationId, item, "exportCountry");
        }
        else
        {
            s.Unmapped(v, LocationQualifier, item);
        }
    }

    // SG30 MEA (C502 6313): G/AAB gross weight, N/AAA net weight.
    private static void OnItemMeasure(CusdecState s, in SegmentView v)
    {
        if (s.Item is not { } item)
        {
            return;
        }

        if (IsGross(v))
        {
            item.GrossMass = Mass(s, v, item, "grossMass");
        }
        else if (v.Is(MeasuredAttribute, "N"u8) || v.Is(MeasuredAttribute, "AAA"u8))
        {
            item.NetMass = Mass(s, v, item, "netMass");
        }
        else
        {
            s.Unmapped(v, MeasuredAttribute, item);
        }
    }

    private static void OnPackage(CusdecState s, in SegmentView v)
    {
        if (s.Item is { } item)
        {
            item.Packages.Add(new Packaging
            {
                SequenceNumber = item.Packages.Count + 1,
                Quantity = s.Integer(v, PackagesNumber, item, $"packages/{item.Packages.Count}/quantity"),
                TypeCode = v.Text(PackagingType),
            });
        }
    }

    private static void OnMarks(CusdecState s, in SegmentView v)
    {
        if (s.Item is { Packages.Count: > 0 } item && v.Text(ShippingMarks) is { } marks)
        {
            item.Packages[^1] = item.Packages[^1] with { MarksNumbers = item.Packages[^1].MarksNumbers is { } known ? known + " " + marks : marks };
        }
    }

    // SG33 MOA (UNCL 5025): 38 invoice item amount (the item price), 40 customs value.
    private static void OnItemAmount(CusdecState s, in SegmentView v)
    {
        if (s.Item is not { } item)
        {
            return;
        }

        if (v.Is(AmountQualifier, "38"u8) || v.Is(AmountQualifier, "203"u8))
        {
            item.ItemPrice = AmountOf(s, v, item, "itemPrice");
        }
        else if (v.Is(AmountQualifier, "40"u8))
        {
            item.CustomsValue = AmountOf(s, v, item, "customsValue");
        }
        else
        {
            s.Unmapped(v, AmountQualifier, item);
        }
    }

    // SG35 RFF: a previous document of the item (1153 its type, 1154 its number).
    private static void OnPreviousDocument(CusdecState s, in SegmentView v)
    {
        if (s.Item is { } item && v.Text(ReferenceId) is { } id)
        {
            item.PreviousDocuments.Add(new PreviousDocument { TypeCode = v.Text(ReferenceQualifier), Id = id });
        }
    }

    private static void OnItemDocument(CusdecState s, in SegmentView v)
    {
        if (s.Item is { } item)
        {
            OnDocument(s, v, item.Documents, item);
        }
    }

    // D.96B CUSDEC 1220: the item's CST gives "the customs tariff of the goods, their required treatment"; the
    // treatment is a customs identity code (C246 7361, an..18) of list 117, UNCL 1131 "Customs procedure". GIS
    // (C529 7365, an..3) is a processing indicator, too short for a four-digit procedure code.
    // A four-digit code is the requested and the previous procedure, two digits each (SAD box 37, EU/UK DE 1/10:
    // 4000 = 40 release for free circulation, 00 no previous procedure); other codes are taken whole.
    private static GovernmentProcedure Procedure(string code) =>
        code.Length == 4 && code.All(char.IsAsciiDigit)
            ? new GovernmentProcedure { CurrentCode = code[..2], PreviousCode = code[2..] }
            : new GovernmentProcedure { CurrentCode = code };

    private static void OnTax(CusdecState s, in SegmentView v)
    {
        if (s.Item is { } item)
        {
            item.Taxes.Add(new DutyTaxFee { TypeCode = v.Text(TaxType) });
        }
    }

    // SG41 MOA after TAX: 124 tax amount, 161 duty, tax or fee amount.
    private static void OnTaxAmount(CusdecState s, in SegmentView v)
    {
        if (s.Item is not { Taxes.Count: > 0 } item)
        {
            return;
        }

        if (v.Is(AmountQualifier, "124"u8) || v.Is(AmountQualifier, "161"u8))
        {
            item.Taxes[^1] = item.Taxes[^1] with { TaxAssessed = AmountOf(s, v, item, $"dutyTaxFees/{item.Taxes.Count - 1}/taxAssessed") };
        }
        else
        {
            s.Unmapped(v, AmountQualifier, item);
        }
    }

    private static void EndGoodsItem(CusdecState s)
    {
        if (s.Item is { } item)
        {
            s.Items.Add(item.Build());
            s.Item = null;
        }
    }
}
