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
                    _declaration.TransactionNatureCode = _cursor.ReadText();
                    break;
                case "Buyer":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Buyer));
                    break;
                case "Consignee":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Consignee));
                    break;
                case "Consignment":
                    ReadShipmentConsignment();
                    break;
                case "Consignor":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Consignor));
                    break;
                case "Destination":
                    _declaration.DestinationCountry = ReadChildCode<CountryCode>(_cursor, "CountryCode");
                    break;
                case "ExportCountry":
                    _declaration.ExportCountry = ReadChildCode<CountryCode>(_cursor, "ID");
                    break;
                case "GovernmentAgencyGoodsItem":
                    if (ReadGoodsItem() is { } item)
                    {
                        _declaration.Items.Add(item);
                    }

                    break;
                case "Importer":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Importer));
                    break;
                case "PreviousDocument":
                    _declaration.PreviousDocuments.Add(ReadPreviousDocument(_cursor));
                    break;
                case "Seller":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Seller));
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
                    _declaration.ContainerCode = _cursor.ReadText();
                    break;
                case "ArrivalTransportMeans":
                    _declaration.ArrivalTransportMeans = ReadTransportMeans(_cursor);
                    break;
                case "DepartureTransportMeans":
                    _declaration.DepartureTransportMeans = ReadTransportMeans(_cursor);
                    break;
                case "GoodsLocation":
                    ReadGoodsLocation();
                    break;
                case "TransportEquipment":
                    _declaration.Equipment.Add(ReadTransportEquipment());
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

        _declaration.GoodsLocation = new GoodsLocation { Name = name, Id = id, TypeCode = type, Address = address };
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

        _declaration.TradeTerms = new TradeTerms { ConditionCode = condition, LocationId = location };
    }

    private void ReadUcr()
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ID":
                    _declaration.Ucr = _cursor.ReadCode<Ucr>();
                    break;
                case "TraderAssignedReferenceID":
                    _declaration.TraderReference = _cursor.ReadText();
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

        _declaration.Warehouse = new Warehouse { Id = id, TypeCode = type };
    }
}
