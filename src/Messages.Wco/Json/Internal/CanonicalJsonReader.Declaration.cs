using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Json.Internal.JsonValues;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

internal static partial class CanonicalJsonReader
{
    private static readonly JsonMembers s_declaration = new(
        nameof(Declaration),
        [
            DocumentTypeMember, "functionCode", "typeCode", "lrn", "id", "issueDateTime", "acceptanceDateTime", "goodsItemQuantity", "totalPackageQuantity",
            "totalGrossMass", "invoiceAmount", "declarationOfficeId", "exitOfficeId", "supervisingOfficeId", "parties", "authorisations", "guarantees",
            "additionalInformation", "additionalDocuments", "amendments", "borderTransportMeans", "arrivalTransportMeans", "departureTransportMeans",
            "containerCode", "freightPaymentMethodCode", "routingCountries", "goodsLocation", "transportEquipment", "transactionNatureCode",
            "destinationCountry", "exportCountry", "tradeTerms", "ucr", "traderReference", "warehouse", "previousDocuments", "goodsItems",
        ],
        ["functionCode", "typeCode", "lrn"]);

    private static readonly JsonMembers s_goodsItem = new(
        nameof(GoodsItem),
        [
            "sequenceNumber", "description", "commodityCode", "classifications", "dangerousGoods", "originCountry", "originTypeCode", "exportCountry",
            "grossMass", "netMass", "tariffQuantity", "itemPrice", "statisticalValue", "customsValue", "valuationMethodCode", "valuationAdjustmentCode",
            "transactionNatureCode", "procedures", "packages", "additionalDocuments", "additionalInformation", "dutyTaxFees", "previousDocuments", "equipmentIds",
        ],
        ["sequenceNumber"]);

    private static readonly JsonMembers s_authorisation = new(nameof(Authorisation), ["holderId", "categoryCode"], ["holderId", "categoryCode"]);
    private static readonly JsonMembers s_guarantee = new(nameof(Guarantee), ["id", "securityDetailsCode"], []);
    private static readonly JsonMembers s_documentReference = new(nameof(DocumentReference), ["categoryCode", "typeCode", "id", "name", "lpcoExemptionCode", "writeOffQuantity"], []);
    private static readonly JsonMembers s_amendment = new(nameof(Amendment), ["changeReasonCode", "pointers"], ["changeReasonCode"]);
    private static readonly JsonMembers s_goodsLocation = new(nameof(GoodsLocation), ["name", "id", "typeCode", "address"], []);
    private static readonly JsonMembers s_tradeTerms = new(nameof(TradeTerms), ["conditionCode", "locationId"], []);
    private static readonly JsonMembers s_warehouse = new(nameof(Warehouse), ["id", "typeCode"], []);
    private static readonly JsonMembers s_previousDocument = new(nameof(PreviousDocument), ["categoryCode", "typeCode", "id", "lineNumber"], ["id"]);
    private static readonly JsonMembers s_classification = new(nameof(Classification), ["id", "typeCode"], ["id"]);
    private static readonly JsonMembers s_procedure = new(nameof(GovernmentProcedure), ["currentCode", "previousCode"], ["currentCode"]);
    private static readonly JsonMembers s_dutyTaxFee = new(nameof(DutyTaxFee), ["typeCode", "dutyRegimeCode", "specificTaxBase", "paymentMethodCode", "taxAssessed", "payment"], []);

    private static Declaration ReadDeclaration(ref Utf8JsonReader reader, ulong seen)
    {
        string? functionCode = null, typeCode = null, id = null, declarationOfficeId = null, exitOfficeId = null, supervisingOfficeId = null;
        string? containerCode = null, freightPaymentMethodCode = null, transactionNatureCode = null, traderReference = null;
        Lrn lrn = default;
        DateTimeOffset? issueDateTime = null, acceptanceDateTime = null;
        int? goodsItemQuantity = null, totalPackageQuantity = null;
        Quantity? totalGrossMass = null;
        Amount? invoiceAmount = null;
        IReadOnlyList<Party>? parties = null;
        IReadOnlyList<Authorisation>? authorisations = null;
        IReadOnlyList<Guarantee>? guarantees = null;
        IReadOnlyList<AdditionalInformation>? additionalInformation = null;
        IReadOnlyList<DocumentReference>? additionalDocuments = null;
        IReadOnlyList<Amendment>? amendments = null;
        TransportMeans? border = null, arrival = null, departure = null;
        IReadOnlyList<CountryCode>? routingCountries = null;
        GoodsLocation? goodsLocation = null;
        IReadOnlyList<TransportEquipment>? transportEquipment = null;
        CountryCode? destinationCountry = null, exportCountry = null;
        TradeTerms? tradeTerms = null;
        Ucr? ucr = null;
        Warehouse? warehouse = null;
        IReadOnlyList<PreviousDocument>? previousDocuments = null;
        IReadOnlyList<GoodsItem>? goodsItems = null;

        var members = new JsonObjectReader(ref reader, s_declaration, seen);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: reader.Skip(); break;
                case 1: functionCode = String(ref reader); break;
                case 2: typeCode = String(ref reader); break;
                case 3: lrn = Code<Lrn>(ref reader); break;
                case 4: id = NullableString(ref reader); break;
                case 5: issueDateTime = NullableDateTimeOffset(ref reader); break;
                case 6: acceptanceDateTime = NullableDateTimeOffset(ref reader); break;
                case 7: goodsItemQuantity = NullableInt32(ref reader); break;
                case 8: totalPackageQuantity = NullableInt32(ref reader); break;
                case 9: totalGrossMass = ReadOptionalQuantity(ref reader); break;
                case 10: invoiceAmount = ReadOptionalAmount(ref reader); break;
                case 11: declarationOfficeId = NullableString(ref reader); break;
                case 12: exitOfficeId = NullableString(ref reader); break;
                case 13: supervisingOfficeId = NullableString(ref reader); break;
                case 14: parties = List(ref reader, ReadParty); break;
                case 15: authorisations = List(ref reader, ReadAuthorisation); break;
                case 16: guarantees = List(ref reader, ReadGuarantee); break;
                case 17: additionalInformation = List(ref reader, ReadAdditionalInformation); break;
                case 18: additionalDocuments = List(ref reader, ReadDocumentReference); break;
                case 19: amendments = List(ref reader, ReadAmendment); break;
                case 20: border = ReadOptionalTransportMeans(ref reader); break;
                case 21: arrival = ReadOptionalTransportMeans(ref reader); break;
                case 22: departure = ReadOptionalTransportMeans(ref reader); break;
                case 23: containerCode = NullableString(ref reader); break;
                case 24: freightPaymentMethodCode = NullableString(ref reader); break;
                case 25: routingCountries = List(ref reader, Code<CountryCode>); break;
                case 26: goodsLocation = NullableObject(ref reader, ReadGoodsLocation); break;
                case 27: transportEquipment = List(ref reader, ReadTransportEquipment); break;
                case 28: transactionNatureCode = NullableString(ref reader); break;
                case 29: destinationCountry = NullableCode<CountryCode>(ref reader); break;
                case 30: exportCountry = NullableCode<CountryCode>(ref reader); break;
                case 31: tradeTerms = NullableObject(ref reader, ReadTradeTerms); break;
                case 32: ucr = NullableCode<Ucr>(ref reader); break;
                case 33: traderReference = NullableString(ref reader); break;
                case 34: warehouse = NullableObject(ref reader, ReadWarehouse); break;
                case 35: previousDocuments = List(ref reader, ReadPreviousDocument); break;
                default: goodsItems = List(ref reader, ReadGoodsItem); break;
            }
        }

        return new Declaration
        {
            FunctionCode = functionCode!,
            TypeCode = typeCode!,
            Lrn = lrn,
            Id = id,
            IssueDateTime = issueDateTime,
            AcceptanceDateTime = acceptanceDateTime,
            GoodsItemQuantity = goodsItemQuantity,
            TotalPackageQuantity = totalPackageQuantity,
            TotalGrossMass = totalGrossMass,
            InvoiceAmount = invoiceAmount,
            DeclarationOfficeId = declarationOfficeId,
            ExitOfficeId = exitOfficeId,
            SupervisingOfficeId = supervisingOfficeId,
            Parties = parties!,
            Authorisations = authorisations!,
            Guarantees = guarantees!,
            AdditionalInformation = additionalInformation!,
            AdditionalDocuments = additionalDocuments!,
            Amendments = amendments!,
            BorderTransportMeans = border,
            ArrivalTransportMeans = arrival,
            DepartureTransportMeans = departure,
            ContainerCode = containerCode,
            FreightPaymentMethodCode = freightPaymentMethodCode,
            RoutingCountries = routingCountries!,
            GoodsLocation = goodsLocation,
            TransportEquipment = transportEquipment!,
            TransactionNatureCode = transactionNatureCode,
            DestinationCountry = destinationCountry,
            ExportCountry = exportCountry,
            TradeTerms = tradeTerms,
            Ucr = ucr,
            TraderReference = traderReference,
            Warehouse = warehouse,
            PreviousDocuments = previousDocuments!,
            GoodsItems = goodsItems!,
        };
    }

    private static GoodsItem ReadGoodsItem(ref Utf8JsonReader reader)
    {
        var sequenceNumber = 0;
        string? description = null, originTypeCode = null, valuationMethodCode = null, valuationAdjustmentCode = null, transactionNatureCode = null;
        HsCode? commodityCode = null;
        CountryCode? originCountry = null, exportCountry = null;
        Quantity? grossMass = null, netMass = null, tariffQuantity = null;
        Amount? itemPrice = null, statisticalValue = null, customsValue = null;
        IReadOnlyList<Classification>? classifications = null;
        IReadOnlyList<DangerousGoods>? dangerousGoods = null;
        IReadOnlyList<GovernmentProcedure>? procedures = null;
        IReadOnlyList<Packaging>? packages = null;
        IReadOnlyList<DocumentReference>? additionalDocuments = null;
        IReadOnlyList<AdditionalInformation>? additionalInformation = null;
        IReadOnlyList<DutyTaxFee>? dutyTaxFees = null;
        IReadOnlyList<PreviousDocument>? previousDocuments = null;
        IReadOnlyList<string>? equipmentIds = null;

        var members = new JsonObjectReader(ref reader, s_goodsItem);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: sequenceNumber = Int32(ref reader); break;
                case 1: description = NullableString(ref reader); break;
                case 2: commodityCode = NullableCode<HsCode>(ref reader); break;
                case 3: classifications = List(ref reader, ReadClassification); break;
                case 4: dangerousGoods = List(ref reader, ReadDangerousGoods); break;
                case 5: originCountry = NullableCode<CountryCode>(ref reader); break;
                case 6: originTypeCode = NullableString(ref reader); break;
                case 7: exportCountry = NullableCode<CountryCode>(ref reader); break;
                case 8: grossMass = ReadOptionalQuantity(ref reader); break;
                case 9: netMass = ReadOptionalQuantity(ref reader); break;
                case 10: tariffQuantity = ReadOptionalQuantity(ref reader); break;
                case 11: itemPrice = ReadOptionalAmount(ref reader); break;
                case 12: statisticalValue = ReadOptionalAmount(ref reader); break;
                case 13: customsValue = ReadOptionalAmount(ref reader); break;
                case 14: valuationMethodCode = NullableString(ref reader); break;
                case 15: valuationAdjustmentCode = NullableString(ref reader); break;
                case 16: transactionNatureCode = NullableString(ref reader); break;
                case 17: procedures = List(ref reader, ReadProcedure); break;
                case 18: packages = List(ref reader, ReadPackaging); break;
                case 19: additionalDocuments = List(ref reader, ReadDocumentReference); break;
                case 20: additionalInformation = List(ref reader, ReadAdditionalInformation); break;
                case 21: dutyTaxFees = List(ref reader, ReadDutyTaxFee); break;
                case 22: previousDocuments = List(ref reader, ReadPreviousDocument); break;
                default: equipmentIds = List(ref reader, String); break;
            }
        }

        return new GoodsItem
        {
            SequenceNumber = sequenceNumber,
            Description = description,
            CommodityCode = commodityCode,
            Classifications = classifications!,
            DangerousGoods = dangerousGoods!,
            OriginCountry = originCountry,
            OriginTypeCode = originTypeCode,
            ExportCountry = exportCountry,
            GrossMass = grossMass,
            NetMass = netMass,
            TariffQuantity = tariffQuantity,
            ItemPrice = itemPrice,
            StatisticalValue = statisticalValue,
            CustomsValue = customsValue,
            ValuationMethodCode = valuationMethodCode,
            ValuationAdjustmentCode = valuationAdjustmentCode,
            TransactionNatureCode = transactionNatureCode,
            Procedures = procedures!,
            Packages = packages!,
            AdditionalDocuments = additionalDocuments!,
            AdditionalInformation = additionalInformation!,
            DutyTaxFees = dutyTaxFees!,
            PreviousDocuments = previousDocuments!,
            EquipmentIds = equipmentIds!,
        };
    }

    private static Authorisation ReadAuthorisation(ref Utf8JsonReader reader)
    {
        string? holderId = null, categoryCode = null;
        var members = new JsonObjectReader(ref reader, s_authorisation);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: holderId = String(ref reader); break;
                default: categoryCode = String(ref reader); break;
            }
        }

        return new Authorisation { HolderId = holderId!, CategoryCode = categoryCode! };
    }

    private static Guarantee ReadGuarantee(ref Utf8JsonReader reader)
    {
        string? id = null, securityDetailsCode = null;
        var members = new JsonObjectReader(ref reader, s_guarantee);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: id = NullableString(ref reader); break;
                default: securityDetailsCode = NullableString(ref reader); break;
            }
        }

        return new Guarantee { Id = id, SecurityDetailsCode = securityDetailsCode };
    }

    private static DocumentReference ReadDocumentReference(ref Utf8JsonReader reader)
    {
        string? categoryCode = null, typeCode = null, id = null, name = null, lpcoExemptionCode = null;
        Quantity? writeOffQuantity = null;
        var members = new JsonObjectReader(ref reader, s_documentReference);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: categoryCode = NullableString(ref reader); break;
                case 1: typeCode = NullableString(ref reader); break;
                case 2: id = NullableString(ref reader); break;
                case 3: name = NullableString(ref reader); break;
                case 4: lpcoExemptionCode = NullableString(ref reader); break;
                default: writeOffQuantity = ReadOptionalQuantity(ref reader); break;
            }
        }

        return new DocumentReference { CategoryCode = categoryCode, TypeCode = typeCode, Id = id, Name = name, LpcoExemptionCode = lpcoExemptionCode, WriteOffQuantity = writeOffQuantity };
    }

    private static Amendment ReadAmendment(ref Utf8JsonReader reader)
    {
        string? changeReasonCode = null;
        IReadOnlyList<Pointer>? pointers = null;
        var members = new JsonObjectReader(ref reader, s_amendment);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: changeReasonCode = String(ref reader); break;
                default: pointers = List(ref reader, ReadPointer); break;
            }
        }

        return new Amendment { ChangeReasonCode = changeReasonCode!, Pointers = pointers! };
    }

    private static GoodsLocation ReadGoodsLocation(ref Utf8JsonReader reader)
    {
        string? name = null, id = null, typeCode = null;
        Address? address = null;
        var members = new JsonObjectReader(ref reader, s_goodsLocation);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: name = NullableString(ref reader); break;
                case 1: id = NullableString(ref reader); break;
                case 2: typeCode = NullableString(ref reader); break;
                default: address = NullableObject(ref reader, ReadAddress); break;
            }
        }

        return new GoodsLocation { Name = name, Id = id, TypeCode = typeCode, Address = address };
    }

    private static TradeTerms ReadTradeTerms(ref Utf8JsonReader reader)
    {
        string? conditionCode = null, locationId = null;
        var members = new JsonObjectReader(ref reader, s_tradeTerms);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: conditionCode = NullableString(ref reader); break;
                default: locationId = NullableString(ref reader); break;
            }
        }

        return new TradeTerms { ConditionCode = conditionCode, LocationId = locationId };
    }

    private static Warehouse ReadWarehouse(ref Utf8JsonReader reader)
    {
        string? id = null, typeCode = null;
        var members = new JsonObjectReader(ref reader, s_warehouse);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: id = NullableString(ref reader); break;
                default: typeCode = NullableString(ref reader); break;
            }
        }

        return new Warehouse { Id = id, TypeCode = typeCode };
    }

    private static PreviousDocument ReadPreviousDocument(ref Utf8JsonReader reader)
    {
        string? categoryCode = null, typeCode = null, id = null;
        int? lineNumber = null;
        var members = new JsonObjectReader(ref reader, s_previousDocument);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: categoryCode = NullableString(ref reader); break;
                case 1: typeCode = NullableString(ref reader); break;
                case 2: id = String(ref reader); break;
                default: lineNumber = NullableInt32(ref reader); break;
            }
        }

        return new PreviousDocument { CategoryCode = categoryCode, TypeCode = typeCode, Id = id!, LineNumber = lineNumber };
    }

    private static Classification ReadClassification(ref Utf8JsonReader reader)
    {
        string? id = null, typeCode = null;
        var members = new JsonObjectReader(ref reader, s_classification);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: id = String(ref reader); break;
                default: typeCode = NullableString(ref reader); break;
            }
        }

        return new Classification { Id = id!, TypeCode = typeCode };
    }

    private static GovernmentProcedure ReadProcedure(ref Utf8JsonReader reader)
    {
        string? currentCode = null, previousCode = null;
        var members = new JsonObjectReader(ref reader, s_procedure);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: currentCode = String(ref reader); break;
                default: previousCode = NullableString(ref reader); break;
            }
        }

        return new GovernmentProcedure { CurrentCode = currentCode!, PreviousCode = previousCode };
    }

    private static DutyTaxFee ReadDutyTaxFee(ref Utf8JsonReader reader)
    {
        string? typeCode = null, dutyRegimeCode = null, paymentMethodCode = null;
        Quantity? specificTaxBase = null;
        Amount? taxAssessed = null, payment = null;
        var members = new JsonObjectReader(ref reader, s_dutyTaxFee);
        while (members.Next(ref reader, out var member))
        {
            switch (member)
            {
                case 0: typeCode = NullableString(ref reader); break;
                case 1: dutyRegimeCode = NullableString(ref reader); break;
                case 2: specificTaxBase = ReadOptionalQuantity(ref reader); break;
                case 3: paymentMethodCode = NullableString(ref reader); break;
                case 4: taxAssessed = ReadOptionalAmount(ref reader); break;
                default: payment = ReadOptionalAmount(ref reader); break;
            }
        }

        return new DutyTaxFee { TypeCode = typeCode, DutyRegimeCode = dutyRegimeCode, SpecificTaxBase = specificTaxBase, PaymentMethodCode = paymentMethodCode, TaxAssessed = taxAssessed, Payment = payment };
    }
}
