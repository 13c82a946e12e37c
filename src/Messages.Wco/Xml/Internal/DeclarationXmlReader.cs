using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Wco.Xml.Internal.CommonXmlReader;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// Maps a WCO DM DEC-DMS <c>Declaration</c> (class 42A) and its goods shipment (67A) onto the canonical
/// <see cref="Declaration"/>, flattening the shipment and its consignment into the declaration.
/// </summary>
internal sealed partial class DeclarationXmlReader
{
    private readonly XmlCursor _cursor;
    private readonly DeclarationBuilder _declaration = new();

    private DeclarationXmlReader(XmlCursor cursor) => _cursor = cursor;

    public static Declaration? Read(XmlCursor cursor) => new DeclarationXmlReader(cursor).ReadDeclaration();

    private Declaration? ReadDeclaration()
    {
        var position = _cursor.Mark();
        string? functionCode = null, typeCode = null;
        Lrn? lrn = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "AcceptanceDateTime":
                    _declaration.AcceptanceDateTime = ReadDateTime(_cursor);
                    break;
                case "FunctionCode":
                    functionCode = _cursor.ReadText();
                    break;
                case "FunctionalReferenceID":
                    lrn = _cursor.ReadCode<Lrn>();
                    break;
                case "ID":
                    _declaration.Id = _cursor.ReadText();
                    break;
                case "IssueDateTime":
                    _declaration.IssueDateTime = ReadDateTime(_cursor);
                    break;
                case "TypeCode":
                    typeCode = _cursor.ReadText();
                    break;
                case "GoodsItemQuantity":
                    _declaration.GoodsItemQuantity = _cursor.ReadInt();
                    break;
                case "DeclarationOfficeID":
                    _declaration.DeclarationOfficeId = _cursor.ReadText();
                    break;
                case "InvoiceAmount":
                    _declaration.InvoiceAmount = ReadAmount(_cursor);
                    break;
                case "TotalGrossMassMeasure":
                    _declaration.TotalGrossMass = ReadQuantity(_cursor);
                    break;
                case "TotalPackageQuantity":
                    _declaration.TotalPackageQuantity = _cursor.ReadInt();
                    break;
                case "AdditionalDocument":
                    _declaration.Documents.Add(ReadAdditionalDocument(_cursor));
                    break;
                case "AdditionalInformation":
                    _declaration.Information.Add(ReadAdditionalInformation(_cursor));
                    break;
                case "Agent":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Agent));
                    break;
                case "Amendment":
                    _declaration.Amendments.Add(ReadAmendment(_cursor));
                    break;
                case "AuthorisationHolder":
                    ReadAuthorisationHolder();
                    break;
                case "BorderTransportMeans":
                    _declaration.BorderTransportMeans = ReadTransportMeans(_cursor);
                    break;
                case "Consignment":
                    ReadDeclarationConsignment();
                    break;
                case "Declarant":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Declarant));
                    break;
                case "ExitOffice":
                    _declaration.ExitOfficeId = ReadChildText(_cursor, "ID");
                    break;
                case "Exporter":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Exporter));
                    break;
                case "GoodsShipment":
                    ReadGoodsShipment();
                    break;
                case "ObligationGuarantee":
                    ReadGuarantee();
                    break;
                case "SupervisingOffice":
                    _declaration.SupervisingOfficeId = ReadChildText(_cursor, "ID");
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        Require(functionCode, "FunctionCode", position);
        Require(typeCode, "TypeCode", position);
        Require(lrn?.Value, "FunctionalReferenceID", position);
        if (functionCode is null || typeCode is null || lrn is null)
        {
            return null;
        }

        return _declaration.Build(functionCode, typeCode, lrn.Value);
    }

    private void Require(string? value, string element, XmlMark position)
    {
        if (value is null)
        {
            _cursor.Report(WcoXmlDiagnosticIds.MissingElement, DiagnosticSeverity.Error, $"the declaration has no {element}", position);
        }
    }

    private void ReadAuthorisationHolder()
    {
        string? id = null, category = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ID":
                    id = _cursor.ReadText();
                    break;
                case "CategoryCode":
                    category = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        _declaration.Authorisations.Add(new Authorisation { HolderId = id ?? string.Empty, CategoryCode = category ?? string.Empty });
    }

    private void ReadGuarantee()
    {
        string? id = null, code = null;
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "ID":
                    id = _cursor.ReadText();
                    break;
                case "SecurityDetailsCode":
                    code = _cursor.ReadText();
                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }

        _declaration.Guarantees.Add(new Guarantee { Id = id, SecurityDetailsCode = code });
    }

    // Declaration/Consignment (28A at declaration level): carrier, freight payment, itinerary.
    private void ReadDeclarationConsignment()
    {
        var depth = _cursor.Enter();
        while (_cursor.NextChild(depth))
        {
            switch (_cursor.LocalName)
            {
                case "Carrier":
                    _declaration.Parties.Add(ReadParty(_cursor, PartyRole.Carrier));
                    break;
                case "Freight":
                    _declaration.FreightPaymentMethodCode = ReadChildText(_cursor, "PaymentMethodCode");
                    break;
                case "Itinerary":
                    var position = _cursor.Mark();
                    if (_cursor.Code<CountryCode>(ReadSequencedText(_cursor, "RoutingCountryCode"), position) is { } country)
                    {
                        _declaration.Routing.Add(country);
                    }

                    break;
                default:
                    _cursor.SkipNotMapped();
                    break;
            }
        }
    }
}
