using System.Text;
using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Edifact.Mapping.Internal.Elements;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// CUSCAR (D.95B, D.96B) → <see cref="CargoReport"/>. The group numbers differ between the two versions
/// (the consignments are D.95B SG4/SG5/SG10 and D.96B SG7/SG8/SG14; the header NAD is a plain segment in
/// D.95B and SG2 in D.96B), the trigger paths do not, so one map reads both:
/// BGM 1004 the manifest number, 1225 its function, DTM+137 its date; TDT+20 (with its LOC and DTM) the
/// means of transport and voyage; header NAD the parties; EQD with SEL the equipment; per CNI (C503 1004
/// the master bill of lading) each transport document part, the SG5/SG8 RFF, is one consignment (its
/// reference, when it is not the master's, is the house bill of lading) with its LOC, NAD and goods items
/// (GID with FTX+AAA, MEA+AAE gross weight, SGP equipment and DGS dangerous goods).
/// </summary>
internal sealed class CuscarMapping : MessageMapping<CuscarState>
{
    private static readonly GroupTrigger[] s_part = ["CNI", "RFF"];
    private static readonly GroupTrigger[] s_goods = ["CNI", "RFF", "GID"];

    private static readonly SegmentMap<CuscarState>[] s_segments =
    [
        new(SegmentRef.Top("BGM"), [DocumentNameCode, DocumentIdentifier, MessageFunction], static (s, in v) => OnBgm(s, v)),
        new(SegmentRef.Top("DTM"), [DateQualifier, DateValue, DateFormat], static (s, in v) => OnDate(s, v)),
        new(SegmentRef.Top("NAD"), Parties.Fields, static (s, in v) => OnParty(s, v)),
        new(SegmentRef.Top("TDT"), [TransportStage, ConveyanceReference, TransportMode, TransportMeansType, CarrierId, CarrierName, MeansId, MeansIdCodeList, MeansName, MeansNationality],
            static (s, in v) => OnTransport(s, v)),
        new(SegmentRef.In(["TDT"], "LOC"), [LocationQualifier, LocationId], static (s, in v) => OnVoyageLocation(s, v)),
        new(SegmentRef.In(["TDT"], "DTM"), [DateQualifier, DateValue, DateFormat], static (s, in v) => OnVoyageDate(s, v)),
        new(SegmentRef.Top("EQD"), [EquipmentQualifier, EquipmentId, EquipmentSizeType], static (s, in v) => OnEquipment(s, v)),
        new(SegmentRef.In(["EQD"], "SEL"), [SealNumber], static (s, in v) => OnSeal(s, v)),
        new(SegmentRef.Top("CNI"), [ConsolidationItem, DocumentNumber], static (s, in v) => OnConsignmentItem(s, v)),
        new(SegmentRef.In(["CNI"], "RFF"), [ReferenceQualifier, ReferenceId], static (s, in v) => OnConsignment(s, v)),
        new(SegmentRef.In(s_part, "LOC"), [LocationQualifier, LocationId], static (s, in v) => OnConsignmentLocation(s, v)),
        new(SegmentRef.In(s_part, "NAD"), Parties.Fields, static (s, in v) => OnConsignmentParty(s, v)),
        new(SegmentRef.In(s_part, "GID"), [GoodsItemNumber, PackageCount, PackageType], static (s, in v) => OnGoodsItem(s, v)),
        new(SegmentRef.In(s_goods, "FTX"), [TextSubject, Text1, Text2, Text3, Text4, Text5], static (s, in v) => OnGoodsText(s, v)),
        new(SegmentRef.In(s_goods, "MEA"), [MeasurePurpose, MeasuredAttribute, MeasureUnit, MeasureValue], static (s, in v) => OnGoodsMeasure(s, v)),
        new(SegmentRef.In(s_goods, "SGP"), [EquipmentId], static (s, in v) => OnGoodsEquipment(s, v)),
        new(SegmentRef.In(s_goods, "DGS"), [HazardClass, UnNumber], static (s, in v) => OnDangerousGoods(s, v)),
    ];

    private static readonly GroupMap<CuscarState>[] s_groups =
    [
        new(GroupRef.Of("TDT"), static s => s.InMainCarriage = false),
        new(GroupRef.Of("EQD"), static s => s.CurrentEquipment = null),
        new(GroupRef.Of(s_goods), EndGoodsItem),
        new(GroupRef.Of(s_part), EndConsignment),
        new(GroupRef.Of("CNI"), EndConsignmentItem),
    ];

    public override string MessageType => "CUSCAR";

    protected override IReadOnlyList<SegmentMap<CuscarState>> Segments => s_segments;

    protected override IReadOnlyList<GroupMap<CuscarState>> Groups => s_groups;

    protected override CuscarState CreateState(MappingContext context) => new(context);

    protected override CanonicalDocument? Finish(CuscarState s)
    {
        if (s.TransportMeans is null)
        {
            s.ReportAtHeader(EdifactMappingDiagnostics.MissingData, s, "transportMeans", "TDT+20", "the means of transport (main carriage)");
        }

        if (s.ManifestNumber is null || s.TransportMeans is null)
        {
            return null;
        }

        return new CargoReport
        {
            ManifestNumber = s.ManifestNumber,
            FunctionCode = s.FunctionCode,
            IssueDateTime = s.IssueDateTime,
            TransportMeans = s.TransportMeans,
            Parties = s.Parties.ToArray(),
            LoadingLocation = s.LoadingLocation,
            DischargeLocation = s.DischargeLocation,
            ArrivalDateTime = s.ArrivalDateTime,
            DepartureDateTime = s.DepartureDateTime,
            Itinerary = s.Itinerary.ToArray(),
            Consignments = s.Consignments.ToArray(),
        };
    }

    // BGM 1004 the manifest number (D.95B simple; C106 from D.96B on), 1225 the message function.
    private static void OnBgm(CuscarState s, in SegmentView v)
    {
        s.ManifestNumber = s.Required(v, DocumentIdentifier, s, "manifestNumber", "the manifest number");
        s.FunctionCode = v.Text(MessageFunction);
    }

    // DTM+137: the document's date and time.
    private static void OnDate(CuscarState s, in SegmentView v)
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

    private static void OnParty(CuscarState s, in SegmentView v)
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

    // TDT+20 (main carriage): 8028 the voyage number, C220 8067 the mode, C222 the vessel (8213 its identification, 1131 the
    // identification's code list, 8212 its name, 8453 its nationality), C040 the carrier.
    private static void OnTransport(CuscarState s, in SegmentView v)
    {
        s.InMainCarriage = false;
        if (!v.Is(TransportStage, "20"u8))
        {
            s.Unmapped(v, TransportStage, s);
            return;
        }

        if (s.TransportMeans is not null)
        {
            s.Report(EdifactMappingDiagnostics.Repeated, v, TransportStage, s, "transportMeans", "TDT+20");
            return;
        }

        s.InMainCarriage = true;
        var owner = new FixedLocation("/transportMeans");
        s.TransportMeans = new TransportMeans
        {
            Id = v.Text(MeansId),
            IdentificationTypeCode = v.Text(MeansIdCodeList),
            Name = v.Text(MeansName),
            TypeCode = v.Text(TransportMeansType),
            Nationality = s.Country(v, MeansNationality, owner, "nationality"),
            ModeCode = v.Text(TransportMode),
            ConveyanceReference = v.Text(ConveyanceReference),
        };
        if (v.Text(CarrierId) is { } carrier && !s.Parties.Any(p => p.Role == PartyRole.Carrier))
        {
            s.Parties.Add(new Party { Role = PartyRole.Carrier, Id = carrier, Name = v.Text(CarrierName) });
        }
    }

    // LOC (UNCL 3227) of the voyage: 9 port of loading, 11 port of discharge, 60 place of arrival; 92 routing,
    // 13 transhipment and 125 last port of call are the itinerary.
    private static void OnVoyageLocation(CuscarState s, in SegmentView v)
    {
        if (!s.InMainCarriage)
        {
            return;
        }

        if (v.Is(LocationQualifier, "9"u8) || v.Is(LocationQualifier, "5"u8))
        {
            s.LoadingLocation ??= s.Code<UnLocode>(v, LocationId, s, "loadingLocation", "UN/LOCODE");
        }
        else if (v.Is(LocationQualifier, "11"u8) || v.Is(LocationQualifier, "60"u8))
        {
            s.DischargeLocation ??= s.Code<UnLocode>(v, LocationId, s, "dischargeLocation", "UN/LOCODE");
        }
        else if (v.Is(LocationQualifier, "92"u8) || v.Is(LocationQualifier, "13"u8) || v.Is(LocationQualifier, "125"u8))
        {
            if (s.Code<UnLocode>(v, LocationId, s, "itinerary", "UN/LOCODE") is { } place)
            {
                s.Itinerary.Add(place);
            }
        }
        else
        {
            s.Unmapped(v, LocationQualifier, s);
        }
    }

    // DTM of the voyage: 132 estimated and 178 actual arrival, 133 estimated and 186 actual departure.
    private static void OnVoyageDate(CuscarState s, in SegmentView v)
    {
        if (!s.InMainCarriage)
        {
            return;
        }

        if (v.Is(DateQualifier, "132"u8) || v.Is(DateQualifier, "178"u8))
        {
            s.ArrivalDateTime = s.Instant(v, DateValue, DateFormat, s, "arrivalDateTime");
        }
        else if (v.Is(DateQualifier, "133"u8) || v.Is(DateQualifier, "186"u8))
        {
            s.DepartureDateTime = s.Instant(v, DateValue, DateFormat, s, "departureDateTime");
        }
        else
        {
            s.Unmapped(v, DateQualifier, s);
        }
    }

    // EQD: C237 8260 the equipment (container) number, C224 8155 its ISO 6346 size and type.
    private static void OnEquipment(CuscarState s, in SegmentView v)
    {
        s.CurrentEquipment = null;
        if (v.Text(EquipmentId) is not { } id)
        {
            s.Required(v, EquipmentId, s, "consignments", "the equipment identification");
            return;
        }

        var equipment = new TransportEquipment { SequenceNumber = s.Equipment.Count + 1, Id = id, SizeTypeCode = v.Text(EquipmentSizeType) };
        s.Equipment[id] = equipment;
        s.CurrentEquipment = equipment;
    }

    // SEL 9308: a seal on the equipment.
    private static void OnSeal(CuscarState s, in SegmentView v)
    {
        if (s.CurrentEquipment is { } equipment && v.Text(SealNumber) is { } seal)
        {
            var sealed_ = equipment with { Seals = [.. equipment.Seals, seal] };
            s.Equipment[equipment.Id] = sealed_;
            s.CurrentEquipment = sealed_;
        }
    }

    // CNI: C503 1004 the transport document (master bill of lading) of the consignment item.
    private static void OnConsignmentItem(CuscarState s, in SegmentView v) => s.Item = new ConsignmentItemBuilder(v.Text(DocumentNumber));

    /// <summary>
    /// The trigger RFF of a CNI's transport document part (SG5/SG8): MB names the master bill itself;
    /// any other reference (BM bill of lading, BH house bill, or what a carrier uses, as the MSC sample's AAA)
    /// is the part's own transport document, a house bill of lading under the CNI's master when it differs from it.
    /// </summary>
    private static void OnConsignment(CuscarState s, in SegmentView v)
    {
        if (s.Item is not { } item)
        {
            return;
        }

        item.Parts++;
        var reference = v.Text(ReferenceId);
        var isMaster = v.Is(ReferenceQualifier, "MB"u8);
        var master = item.DocumentNumber ?? (isMaster || v.Is(ReferenceQualifier, "BM"u8) ? reference : null);
        var house = isMaster || reference is null || reference == master ? null : reference;
        var consignment = new ConsignmentBuilder(s, s.Consignments.Count, master, house);
        if (master is null)
        {
            s.Report(EdifactMappingDiagnostics.MissingData, v, ReferenceId, consignment, "masterBillOfLading", "CNI C503 1004 or RFF+MB", "the master bill of lading");
        }

        s.Consignment = consignment;
    }

    // LOC of a consignment: 9 loading, 11 discharge, 7 delivery, 8 destination.
    private static void OnConsignmentLocation(CuscarState s, in SegmentView v)
    {
        if (s.Consignment is not { } c)
        {
            return;
        }

        if (v.Is(LocationQualifier, "9"u8))
        {
            c.LoadingLocation ??= s.Code<UnLocode>(v, LocationId, c, "loadingLocation", "UN/LOCODE");
        }
        else if (v.Is(LocationQualifier, "11"u8))
        {
            c.DischargeLocation ??= s.Code<UnLocode>(v, LocationId, c, "dischargeLocation", "UN/LOCODE");
        }
        else if (v.Is(LocationQualifier, "7"u8) || v.Is(LocationQualifier, "8"u8))
        {
            c.DeliveryLocation ??= s.Code<UnLocode>(v, LocationId, c, "deliveryLocation", "UN/LOCODE");
        }
        else
        {
            s.Unmapped(v, LocationQualifier, c);
        }
    }

    private static void OnConsignmentParty(CuscarState s, in SegmentView v)
    {
        if (s.Consignment is not { } c)
        {
            return;
        }

        if (Parties.RoleOf(v) is { } role)
        {
            c.Parties.Add(Parties.Read(s, v, role, new FixedLocation($"{c.Pointer}/parties/{c.Parties.Count}")));
        }
        else
        {
            s.Unmapped(v, PartyQualifier, c);
        }
    }

    // GID: 1496 the goods item number, C213 7224/7065 the packages.
    private static void OnGoodsItem(CuscarState s, in SegmentView v)
    {
        if (s.Consignment is not { } c)
        {
            return;
        }

        c.Item = null;
        var at = new FixedLocation($"{c.Pointer}/items/{c.Items.Count}");
        if (s.Required(v, GoodsItemNumber, at, "sequenceNumber", "the goods item number") is null || s.Integer(v, GoodsItemNumber, at, "sequenceNumber") is not { } sequence)
        {
            return;
        }

        var item = new CargoItemBuilder(c, c.Items.Count, sequence);
        if (v.Has(PackageCount) || v.Has(PackageType))
        {
            item.Packages.Add(new Packaging { SequenceNumber = 1, Quantity = s.Integer(v, PackageCount, item, "packages/0/quantity"), TypeCode = v.Text(PackageType) });
        }

        c.Item = item;
    }

    // FTX+AAA: the goods description, C108 4440 lines in order (split anywhere, so joined as they are).
    private static void OnGoodsText(CuscarState s, in SegmentView v)
    {
        if (s.Consignment?.Item is not { } item)
        {
            return;
        }

        if (!v.Is(TextSubject, "AAA"u8))
        {
            s.Unmapped(v, TextSubject, item);
            return;
        }

        var text = JoinLines(v);
        item.Description = item.Description is null ? text : item.Description + " " + text;
    }

    internal static string? JoinLines(in SegmentView v)
    {
        StringBuilder? text = null;
        foreach (var line in TextLines)
        {
            if (v.Text(line) is { } part)
            {
                (text ??= new StringBuilder()).Append(part);
            }
        }

        return text?.ToString();
    }

    // MEA+AAE (measurement) with C502 6313 G (gross weight): C174 6411 the unit, 6314 the value.
    private static void OnGoodsMeasure(CuscarState s, in SegmentView v)
    {
        if (s.Consignment?.Item is not { } item)
        {
            return;
        }

        if (!v.Is(MeasuredAttribute, "G"u8) && !v.Is(MeasuredAttribute, "AAB"u8))
        {
            s.Unmapped(v, MeasuredAttribute, item);
            return;
        }

        if (s.Decimal(v, MeasureValue, item, "grossMass") is { } value)
        {
            item.GrossMass = new Quantity(value, v.Text(MeasureUnit));
        }
    }

    // SGP: C237 8260 the equipment the goods item is (partly) packed in.
    private static void OnGoodsEquipment(CuscarState s, in SegmentView v)
    {
        if (s.Consignment?.Item is { } item && v.Text(EquipmentId) is { } id && !item.EquipmentIds.Contains(id))
        {
            item.EquipmentIds.Add(id);
        }
    }

    // DGS: C234 7124 the UN number, C205 8351 the hazard class (IMDG, ICAO).
    private static void OnDangerousGoods(CuscarState s, in SegmentView v)
    {
        if (s.Consignment?.Item is not { } item)
        {
            return;
        }

        var at = new FixedLocation($"{item.Pointer}/dangerousGoods/{item.DangerousGoods.Count}");
        if (s.Required(v, UnNumber, at, "unNumber", "the UN number") is { } un)
        {
            item.DangerousGoods.Add(new DangerousGoods { UnNumber = un, HazardClass = v.Text(HazardClass) });
        }
    }

    private static void EndGoodsItem(CuscarState s)
    {
        if (s.Consignment is { Item: { } item } c)
        {
            c.Items.Add(item.Build());
            c.Item = null;
        }
    }

    private static void EndConsignment(CuscarState s)
    {
        if (s.Consignment is not { } c)
        {
            return;
        }

        EndGoodsItem(s);
        s.Consignment = null;
        if (c.Master is null)
        {
            return;
        }

        // The equipment of a consignment is what its goods items are packed in, as the voyage's EQD describe it.
        var equipment = c.Items.SelectMany(i => i.EquipmentIds).Distinct(StringComparer.Ordinal)
            .Select(id => s.Equipment.TryGetValue(id, out var known) ? known : new TransportEquipment { Id = id })
            .ToArray();
        s.Consignments.Add(new Consignment
        {
            MasterBillOfLading = c.Master,
            HouseBillOfLading = c.House,
            Parties = c.Parties.ToArray(),
            LoadingLocation = c.LoadingLocation,
            DischargeLocation = c.DischargeLocation,
            DeliveryLocation = c.DeliveryLocation,
            PackageQuantity = c.Items.SelectMany(i => i.Packages).Any(p => p.Quantity is not null) ? c.Items.SelectMany(i => i.Packages).Sum(p => p.Quantity) : null,
            TransportEquipment = equipment,
            Items = c.Items.ToArray(),
        });
    }

    // A CNI without transport document parts is one consignment under its own document.
    private static void EndConsignmentItem(CuscarState s)
    {
        if (s.Item is { Parts: 0, DocumentNumber: { } master })
        {
            s.Consignments.Add(new Consignment { MasterBillOfLading = master });
        }

        s.Item = null;
    }
}
