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
        var item = new GoodsItemBuilder();
        int? sequence = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "CustomsValueAmount":
                    item.CustomsValue = ReadAmount(_cursor);
                    break;
                case "SequenceNumeric":
                    sequence = _cursor.ReadInt();
                    break;
                case "StatisticalValueAmount":
                    item.StatisticalValue = ReadAmount(_cursor);
                    break;
                case "TransactionNatureCode":
                    item.TransactionNatureCode = _cursor.ReadText();
                    break;
                case "AdditionalDocument":
                    (item.Documents ??= []).Add(ReadAdditionalDocument(_cursor));
                    break;
                case "AdditionalInformation":
                    (item.Information ??= []).Add(ReadAdditionalInformation(_cursor));
                    break;
                case "Commodity":
                    ReadCommodity(item);
                    break;
                case "CustomsValuation":
                    item.ValuationMethodCode = ReadChildText(_cursor, "MethodCode");
                    break;
                case "ExportCountry":
                    item.ExportCountry = ReadChildCode<CountryCode>(_cursor, "ID");
                    break;
                case "GovernmentProcedure":
                    (item.Procedures ??= []).Add(ReadProcedure());
                    break;
                case "Origin":
                    ReadOrigin(item);
                    break;
                case "Packaging":
                    (item.Packages ??= []).Add(ReadPackaging());
                    break;
                case "PreviousDocument":
                    (item.PreviousDocuments ??= []).Add(ReadPreviousDocument(_cursor));
                    break;
                case "ValuationAdjustment":
                    item.ValuationAdjustmentCode = ReadChildText(_cursor, "AdditionCode");
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

        return item.Build(sequence ?? 0);
    }

    // Commodity (23A): description, classifications, dangerous goods, duties, measures, price, equipment.
    private void ReadCommodity(GoodsItemBuilder item)
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "Description":
                    item.Description = _cursor.ReadText();
                    break;
                case "Classification":
                    ReadClassification(item);
                    break;
                case "DangerousGoods":
                    if (ReadChildText(_cursor, "UNDGID") is { } unNumber)
                    {
                        (item.DangerousGoods ??= []).Add(new DangerousGoods { UnNumber = unNumber });
                    }

                    break;
                case "DutyTaxFee":
                    (item.DutyTaxFees ??= []).Add(ReadDutyTaxFee());
                    break;
                case "GoodsMeasure":
                    ReadGoodsMeasure(item);
                    break;
                case "InvoiceLine":
                    var lineDepth = _cursor.Enter();
                    while (_cursor.NextChild(lineDepth))
                    {
                        if (_cursor.LocalName == "ItemChargeAmount")
                        {
                            item.ItemPrice = ReadAmount(_cursor);
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
                        (item.EquipmentIds ??= []).Add(equipmentId);
                    }

                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }
    }

    private void ReadClassification(GoodsItemBuilder item)
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
            return;
        }

        if (type is CommodityCodeList or HarmonizedSystemList && item.CommodityCode is null)
        {
            if (HsCode.TryParse(id, out var code, out var error))
            {
                item.CommodityCode = code;
                return;
            }

            _cursor.Report(WcoXmlDiagnosticIds.InvalidValue, DiagnosticSeverity.Warning, $"commodity code '{id}': {error}; kept as a classification", position);
        }

        (item.Classifications ??= []).Add(new Classification { Id = id, TypeCode = type });
    }

    private DutyTaxFee ReadDutyTaxFee()
    {
        string? regime = null, type = null, method = null;
        Quantity? taxBase = null;
        Amount? assessed = null, paid = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "DutyRegimeCode":
                    regime = _cursor.ReadText();
                    break;
                case "SpecificTaxBaseQuantity":
                    taxBase = ReadQuantity(_cursor);
                    break;
                case "TypeCode":
                    type = _cursor.ReadText();
                    break;
                case "Payment":
                    var paymentDepth = _cursor.Enter();
                    while (_cursor.NextChild(paymentDepth))
                    {
                        switch (_cursor.LocalName)
                        {
                            case "MethodCode":
                                method = _cursor.ReadText();
                                break;
                            case "TaxAssessedAmount":
                                assessed = ReadAmount(_cursor);
                                break;
                            case "PaymentAmount":
                                paid = ReadAmount(_cursor);
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

        return new DutyTaxFee { TypeCode = type, DutyRegimeCode = regime, SpecificTaxBase = taxBase, PaymentMethodCode = method, TaxAssessed = assessed, Payment = paid };
    }

    private void ReadGoodsMeasure(GoodsItemBuilder item)
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "GrossMassMeasure":
                    item.GrossMass = ReadQuantity(_cursor);
                    break;
                case "NetNetWeightMeasure":
                    item.NetMass = ReadQuantity(_cursor);
                    break;
                case "TariffQuantity":
                    item.TariffQuantity = ReadQuantity(_cursor);
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }
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

    private void ReadOrigin(GoodsItemBuilder item)
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "CountryCode":
                    item.OriginCountry = _cursor.ReadCode<CountryCode>();
                    break;
                case "TypeCode":
                    item.OriginTypeCode = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }
    }

    private Packaging ReadPackaging()
    {
        int? sequence = null, quantity = null;
        string? marks = null, type = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "SequenceNumeric":
                    sequence = _cursor.ReadInt();
                    break;
                case "MarksNumbersID":
                    marks = _cursor.ReadText();
                    break;
                case "QuantityQuantity":
                    quantity = _cursor.ReadInt();
                    break;
                case "TypeCode":
                    type = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return new Packaging { SequenceNumber = sequence, MarksNumbers = marks, Quantity = quantity, TypeCode = type };
    }
}
