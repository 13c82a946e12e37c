using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Xml.Internal.CommonXmlReader;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

internal sealed partial class DeclarationXmlReader
{
    /// <summary>Classification lists whose code is the commodity (HS-based) code: UK CDS TSP (CN code), and HS itself.</summary>
    internal const string CommodityCodeList = "TSP";
    private const string HarmonizedSystemList = "HS";

    // GovernmentAgencyGoodsItem (68A).
    private GoodsItem? ReadGoodsItem()
    {
        var position = _cursor.Mark();
        var item = new GoodsItem { SequenceNumber = 0 };
        int? sequence = null;
        var documents = new List<DocumentReference>();
        var information = new List<AdditionalInformation>();
        var procedures = new List<GovernmentProcedure>();
        var packages = new List<Packaging>();
        var previous = new List<PreviousDocument>();
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "CustomsValueAmount":
                    item = item with { CustomsValue = ReadAmount(_cursor) };
                    break;
                case "SequenceNumeric":
                    sequence = _cursor.ReadInt();
                    break;
                case "StatisticalValueAmount":
                    item = item with { StatisticalValue = ReadAmount(_cursor) };
                    break;
                case "TransactionNatureCode":
                    item = item with { TransactionNatureCode = _cursor.ReadText() };
                    break;
                case "AdditionalDocument":
                    documents.Add(ReadAdditionalDocument(_cursor));
                    break;
                case "AdditionalInformation":
                    information.Add(ReadAdditionalInformation(_cursor));
                    break;
                case "Commodity":
                    item = ReadCommodity(item);
                    break;
                case "CustomsValuation":
                    item = item with { ValuationMethodCode = ReadChildText(_cursor, "MethodCode") };
                    break;
                case "ExportCountry":
                    item = item with { ExportCountry = ReadChildCode<CountryCode>(_cursor, "ID") };
                    break;
                case "GovernmentProcedure":
                    procedures.Add(ReadProcedure());
                    break;
                case "Origin":
                    item = ReadOrigin(item);
                    break;
                case "Packaging":
                    packages.Add(ReadPackaging());
                    break;
                case "PreviousDocument":
                    previous.Add(ReadPreviousDocument(_cursor));
                    break;
                case "ValuationAdjustment":
                    item = item with { ValuationAdjustmentCode = ReadChildText(_cursor, "AdditionCode") };
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        if (sequence is null)
        {
            _cursor.Report(WcoXmlDiagnosticIds.MissingElement, DiagnosticSeverity.Error, "the goods item has no SequenceNumeric", position);
        }

        return item with
        {
            SequenceNumber = sequence ?? 0,
            AdditionalDocuments = documents,
            AdditionalInformation = information,
            Procedures = procedures,
            Packages = packages,
            PreviousDocuments = previous,
        };
    }

    // Commodity (23A): description, classifications, dangerous goods, duties, measures, price, equipment.
    private GoodsItem ReadCommodity(GoodsItem item)
    {
        var classifications = new List<Classification>();
        var dangerous = new List<DangerousGoods>();
        var duties = new List<DutyTaxFee>();
        var equipment = new List<string>();
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "Description":
                    item = item with { Description = _cursor.ReadText() };
                    break;
                case "Classification":
                    item = ReadClassification(item, classifications);
                    break;
                case "DangerousGoods":
                    if (ReadChildText(_cursor, "UNDGID") is { } unNumber)
                    {
                        dangerous.Add(new DangerousGoods { UnNumber = unNumber });
                    }

                    break;
                case "DutyTaxFee":
                    duties.Add(ReadDutyTaxFee());
                    break;
                case "GoodsMeasure":
                    item = ReadGoodsMeasure(item);
                    break;
                case "InvoiceLine":
                    var lineDepth = _cursor.Enter();
                    while (_cursor.NextChild(lineDepth))
                    {
                        if (_cursor.LocalName == "ItemChargeAmount")
                        {
                            item = item with { ItemPrice = ReadAmount(_cursor) };
                        }
                        else
                        {
                            _cursor.SkipNotMapped();
                        }
                    }

                    break;
                case "TransportEquipment":
                    if (ReadSequencedText(_cursor, "ID") is { } equipmentId)
                    {
                        equipment.Add(equipmentId);
                    }

                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return item with { Classifications = classifications, DangerousGoods = dangerous, DutyTaxFees = duties, EquipmentIds = equipment };
    }

    private GoodsItem ReadClassification(GoodsItem item, List<Classification> classifications)
    {
        string? id = null, type = null;
        var position = _cursor.Mark();
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ID":
                    id = _cursor.ReadText();
                    break;
                case "IdentificationTypeCode":
                    type = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        if (id is null)
        {
            _cursor.Report(WcoXmlDiagnosticIds.MissingElement, DiagnosticSeverity.Error, "a Classification needs its ID", position);
            return item;
        }

        if (type is CommodityCodeList or HarmonizedSystemList && item.CommodityCode is null)
        {
            if (HsCode.TryParse(id, out var code, out var error))
            {
                return item with { CommodityCode = code };
            }

            _cursor.Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Warning, $"commodity code '{id}': {error}; kept as a classification", position);
        }

        classifications.Add(new Classification { Id = id, TypeCode = type });
        return item;
    }

    private DutyTaxFee ReadDutyTaxFee()
    {
        var duty = new DutyTaxFee();
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "DutyRegimeCode":
                    duty = duty with { DutyRegimeCode = _cursor.ReadText() };
                    break;
                case "SpecificTaxBaseQuantity":
                    duty = duty with { SpecificTaxBase = ReadQuantity(_cursor) };
                    break;
                case "TypeCode":
                    duty = duty with { TypeCode = _cursor.ReadText() };
                    break;
                case "Payment":
                    var paymentDepth = _cursor.Enter();
                    while (_cursor.NextChild(paymentDepth))
                    {
                        switch (_cursor.LocalName)
                        {
                            case "MethodCode":
                                duty = duty with { PaymentMethodCode = _cursor.ReadText() };
                                break;
                            case "TaxAssessedAmount":
                                duty = duty with { TaxAssessed = ReadAmount(_cursor) };
                                break;
                            case "PaymentAmount":
                                duty = duty with { Payment = ReadAmount(_cursor) };
                                break;
                            default:
                                _cursor.SkipNotMapped();
                                break;
                        }
                    }

                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return duty;
    }

    private GoodsItem ReadGoodsMeasure(GoodsItem item)
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "GrossMassMeasure":
                    item = item with { GrossMass = ReadQuantity(_cursor) };
                    break;
                case "NetNetWeightMeasure":
                    item = item with { NetMass = ReadQuantity(_cursor) };
                    break;
                case "TariffQuantity":
                    item = item with { TariffQuantity = ReadQuantity(_cursor) };
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return item;
    }

    private GovernmentProcedure ReadProcedure()
    {
        string? current = null, previous = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "CurrentCode":
                    current = _cursor.ReadText();
                    break;
                case "PreviousCode":
                    previous = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return new GovernmentProcedure { CurrentCode = current ?? string.Empty, PreviousCode = previous };
    }

    private GoodsItem ReadOrigin(GoodsItem item)
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "CountryCode":
                    item = item with { OriginCountry = _cursor.ReadCode<CountryCode>() };
                    break;
                case "TypeCode":
                    item = item with { OriginTypeCode = _cursor.ReadText() };
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return item;
    }

    private Packaging ReadPackaging()
    {
        var packaging = new Packaging();
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "SequenceNumeric":
                    packaging = packaging with { SequenceNumber = _cursor.ReadInt() };
                    break;
                case "MarksNumbersID":
                    packaging = packaging with { MarksNumbers = _cursor.ReadText() };
                    break;
                case "QuantityQuantity":
                    packaging = packaging with { Quantity = _cursor.ReadInt() };
                    break;
                case "TypeCode":
                    packaging = packaging with { TypeCode = _cursor.ReadText() };
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return packaging;
    }
}
