using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Xml.Internal.CommonXmlReader;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

internal sealed partial class DeclarationXmlReader
{
    // GoodsShipment (67A).
    private void ReadGoodsShipment()
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "TransactionNatureCode":
                    _declaration = _declaration with { TransactionNatureCode = _cursor.ReadText() };
                    break;
                case "Buyer":
                    _parties.Add(ReadParty(_cursor, PartyRole.Buyer));
                    break;
                case "Consignee":
                    _parties.Add(ReadParty(_cursor, PartyRole.Consignee));
                    break;
                case "Consignment":
                    ReadShipmentConsignment();
                    break;
                case "Consignor":
                    _parties.Add(ReadParty(_cursor, PartyRole.Consignor));
                    break;
                case "Destination":
                    _declaration = _declaration with { DestinationCountry = ReadChildCode<CountryCode>(_cursor, "CountryCode") };
                    break;
                case "ExportCountry":
                    _declaration = _declaration with { ExportCountry = ReadChildCode<CountryCode>(_cursor, "ID") };
                    break;
                case "GovernmentAgencyGoodsItem":
                    if (ReadGoodsItem() is { } item)
                    {
                        _items.Add(item);
                    }

                    break;
                case "Importer":
                    _parties.Add(ReadParty(_cursor, PartyRole.Importer));
                    break;
                case "PreviousDocument":
                    _previousDocuments.Add(ReadPreviousDocument(_cursor));
                    break;
                case "Seller":
                    _parties.Add(ReadParty(_cursor, PartyRole.Seller));
                    break;
                case "TradeTerms":
                    ReadTradeTerms();
                    break;
                case "UCR":
                    ReadUcr();
                    break;
                case "Warehouse":
                    ReadWarehouse();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }
    }

    // GoodsShipment/Consignment (28A): container indicator, transport means, goods location, equipment.
    private void ReadShipmentConsignment()
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ContainerCode":
                    _declaration = _declaration with { ContainerCode = _cursor.ReadText() };
                    break;
                case "ArrivalTransportMeans":
                    _declaration = _declaration with { ArrivalTransportMeans = ReadTransportMeans(_cursor) };
                    break;
                case "DepartureTransportMeans":
                    _declaration = _declaration with { DepartureTransportMeans = ReadTransportMeans(_cursor) };
                    break;
                case "GoodsLocation":
                    ReadGoodsLocation();
                    break;
                case "TransportEquipment":
                    _equipment.Add(ReadTransportEquipment());
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }
    }

    private void ReadGoodsLocation()
    {
        string? name = null, id = null, type = null;
        Address? address = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "Name":
                    name = _cursor.ReadText();
                    break;
                case "ID":
                    id = _cursor.ReadText();
                    break;
                case "TypeCode":
                    type = _cursor.ReadText();
                    break;
                case "Address":
                    address = ReadAddress(_cursor);
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        _declaration = _declaration with { GoodsLocation = new GoodsLocation { Name = name, Id = id, TypeCode = type, Address = address } };
    }

    private TransportEquipment ReadTransportEquipment()
    {
        int? sequence = null;
        string? id = null;
        var seals = new List<string>();
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "SequenceNumeric":
                    sequence = _cursor.ReadInt();
                    break;
                case "ID":
                    id = _cursor.ReadText();
                    break;
                case "Seal":
                    if (ReadSequencedText(_cursor, "ID") is { } seal)
                    {
                        seals.Add(seal);
                    }

                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        return new TransportEquipment { SequenceNumber = sequence, Id = id ?? string.Empty, Seals = seals };
    }

    private void ReadTradeTerms()
    {
        string? condition = null, location = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ConditionCode":
                    condition = _cursor.ReadText();
                    break;
                case "LocationID":
                    location = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        _declaration = _declaration with { TradeTerms = new TradeTerms { ConditionCode = condition, LocationId = location } };
    }

    private void ReadUcr()
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ID":
                    _declaration = _declaration with { Ucr = _cursor.ReadCode<Ucr>() };
                    break;
                case "TraderAssignedReferenceID":
                    _declaration = _declaration with { TraderReference = _cursor.ReadText() };
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }
    }

    private void ReadWarehouse()
    {
        string? id = null, type = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ID":
                    id = _cursor.ReadText();
                    break;
                case "TypeCode":
                    type = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        _declaration = _declaration with { Warehouse = new Warehouse { Id = id, TypeCode = type } };
    }
}
