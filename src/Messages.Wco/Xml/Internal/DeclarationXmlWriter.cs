using System.Xml;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// Writes a canonical <see cref="Declaration"/> as a WCO DM DEC-DMS <c>Declaration</c>, putting each
/// field back in its class (declaration, goods shipment, consignment, goods item, commodity) in the
/// element order of <c>WCO_DEC_2_DMS.xsd</c>.
/// </summary>
internal sealed class DeclarationXmlWriter(XmlWriter writer) : XmlElementWriter(writer, WcoNamespaces.Declaration, WcoNamespaces.DeclarationDataTypes)
{
    public void Write(Declaration d)
    {
        Writer.WriteStartElement(string.Empty, "Declaration", WcoNamespaces.Declaration);
        DateTime("AcceptanceDateTime", d.AcceptanceDateTime);
        Text("FunctionCode", d.FunctionCode);
        Text("FunctionalReferenceID", d.Lrn.Value);
        Text("ID", d.Id);
        DateTime("IssueDateTime", d.IssueDateTime);
        Text("TypeCode", d.TypeCode);
        Int("GoodsItemQuantity", d.GoodsItemQuantity);
        Text("DeclarationOfficeID", d.DeclarationOfficeId);
        Money("InvoiceAmount", d.InvoiceAmount);
        Measure("TotalGrossMassMeasure", d.TotalGrossMass);
        Int("TotalPackageQuantity", d.TotalPackageQuantity);
        foreach (var doc in d.AdditionalDocuments)
        {
            Start("AdditionalDocument");
            Text("CategoryCode", doc.CategoryCode);
            Text("ID", doc.Id);
            Text("TypeCode", doc.TypeCode);
            End();
        }

        Information(d.AdditionalInformation, withPointers: true);
        Parties(d, PartyRole.Agent, "Agent");
        foreach (var amendment in d.Amendments)
        {
            Start("Amendment");
            Text("ChangeReasonCode", amendment.ChangeReasonCode);
            Pointers(amendment.Pointers);
            End();
        }

        foreach (var a in d.Authorisations)
        {
            Start("AuthorisationHolder");
            Text("ID", a.HolderId);
            Text("CategoryCode", a.CategoryCode);
            End();
        }

        TransportMeans("BorderTransportMeans", d.BorderTransportMeans, withNationality: true);
        DeclarationConsignment(d);
        Parties(d, PartyRole.Declarant, "Declarant");
        Wrapped("ExitOffice", "ID", d.ExitOfficeId);
        Parties(d, PartyRole.Exporter, "Exporter");
        GoodsShipment(d);
        foreach (var g in d.Guarantees)
        {
            Start("ObligationGuarantee");
            Text("ID", g.Id);
            Text("SecurityDetailsCode", g.SecurityDetailsCode);
            End();
        }

        Wrapped("SupervisingOffice", "ID", d.SupervisingOfficeId);
        End();
    }

    private void DeclarationConsignment(Declaration d)
    {
        var carriers = d.Parties.Where(p => p.Role == PartyRole.Carrier).ToList();
        if (carriers.Count == 0 && d.FreightPaymentMethodCode is null && d.RoutingCountries.Count == 0)
        {
            return;
        }

        Start("Consignment");
        foreach (var carrier in carriers)
        {
            Party("Carrier", carrier);
        }

        Wrapped("Freight", "PaymentMethodCode", d.FreightPaymentMethodCode);
        for (var i = 0; i < d.RoutingCountries.Count; i++)
        {
            Start("Itinerary");
            Int("SequenceNumeric", i + 1);
            Text("RoutingCountryCode", d.RoutingCountries[i].Value);
            End();
        }

        End();
    }

    private void GoodsShipment(Declaration d)
    {
        Start("GoodsShipment");
        Text("TransactionNatureCode", d.TransactionNatureCode);
        Parties(d, PartyRole.Buyer, "Buyer");
        Parties(d, PartyRole.Consignee, "Consignee");
        ShipmentConsignment(d);
        Parties(d, PartyRole.Consignor, "Consignor");
        Wrapped("Destination", "CountryCode", d.DestinationCountry?.Value);
        Wrapped("ExportCountry", "ID", d.ExportCountry?.Value);
        foreach (var item in d.GoodsItems)
        {
            GoodsItem(item);
        }

        Parties(d, PartyRole.Importer, "Importer");
        PreviousDocuments(d.PreviousDocuments);
        Parties(d, PartyRole.Seller, "Seller");
        if (d.TradeTerms is { } terms)
        {
            Start("TradeTerms");
            Text("ConditionCode", terms.ConditionCode);
            Text("LocationID", terms.LocationId);
            End();
        }

        if (d.Ucr is not null || d.TraderReference is not null)
        {
            Start("UCR");
            Text("ID", d.Ucr?.Value);
            Text("TraderAssignedReferenceID", d.TraderReference);
            End();
        }

        if (d.Warehouse is { } warehouse)
        {
            Start("Warehouse");
            Text("ID", warehouse.Id);
            Text("TypeCode", warehouse.TypeCode);
            End();
        }

        End();
    }

    private void ShipmentConsignment(Declaration d)
    {
        if (d.ContainerCode is null && d.ArrivalTransportMeans is null && d.DepartureTransportMeans is null && d.GoodsLocation is null && d.TransportEquipment.Count == 0)
        {
            return;
        }

        Start("Consignment");
        Text("ContainerCode", d.ContainerCode);
        TransportMeans("ArrivalTransportMeans", d.ArrivalTransportMeans, withNationality: false);
        TransportMeans("DepartureTransportMeans", d.DepartureTransportMeans, withNationality: false);
        if (d.GoodsLocation is { } location)
        {
            Start("GoodsLocation");
            Text("Name", location.Name);
            Text("ID", location.Id);
            Text("TypeCode", location.TypeCode);
            Address(location.Address);
            End();
        }

        foreach (var equipment in d.TransportEquipment)
        {
            Start("TransportEquipment");
            Int("SequenceNumeric", equipment.SequenceNumber);
            Text("ID", equipment.Id);
            for (var i = 0; i < equipment.Seals.Count; i++)
            {
                Start("Seal");
                Int("SequenceNumeric", i + 1);
                Text("ID", equipment.Seals[i]);
                End();
            }

            End();
        }

        End();
    }

    private void GoodsItem(GoodsItem item)
    {
        Start("GovernmentAgencyGoodsItem");
        Money("CustomsValueAmount", item.CustomsValue);
        Int("SequenceNumeric", item.SequenceNumber);
        Money("StatisticalValueAmount", item.StatisticalValue);
        Text("TransactionNatureCode", item.TransactionNatureCode);
        foreach (var doc in item.AdditionalDocuments)
        {
            Start("AdditionalDocument");
            Text("CategoryCode", doc.CategoryCode);
            Text("ID", doc.Id);
            Text("Name", doc.Name);
            Text("TypeCode", doc.TypeCode);
            Text("LPCOExemptionCode", doc.LpcoExemptionCode);
            if (doc.WriteOffQuantity is not null)
            {
                Start("WriteOff");
                Measure("QuantityQuantity", doc.WriteOffQuantity);
                End();
            }

            End();
        }

        Information(item.AdditionalInformation, withPointers: false);
        Commodity(item);
        Wrapped("CustomsValuation", "MethodCode", item.ValuationMethodCode);
        Wrapped("ExportCountry", "ID", item.ExportCountry?.Value);
        foreach (var procedure in item.Procedures)
        {
            Start("GovernmentProcedure");
            Text("CurrentCode", procedure.CurrentCode);
            Text("PreviousCode", procedure.PreviousCode);
            End();
        }

        if (item.OriginCountry is not null || item.OriginTypeCode is not null)
        {
            Start("Origin");
            Text("CountryCode", item.OriginCountry?.Value);
            Text("TypeCode", item.OriginTypeCode);
            End();
        }

        foreach (var package in item.Packages)
        {
            Start("Packaging");
            Int("SequenceNumeric", package.SequenceNumber);
            Text("MarksNumbersID", package.MarksNumbers);
            Int("QuantityQuantity", package.Quantity);
            Text("TypeCode", package.TypeCode);
            End();
        }

        PreviousDocuments(item.PreviousDocuments);
        Wrapped("ValuationAdjustment", "AdditionCode", item.ValuationAdjustmentCode);
        End();
    }

    private void Commodity(GoodsItem item)
    {
        Start("Commodity");
        Text("Description", item.Description);
        if (item.CommodityCode is { } code)
        {
            Start("Classification");
            Text("ID", code.Value);
            Text("IdentificationTypeCode", DeclarationXmlReader.CommodityCodeList);
            End();
        }

        foreach (var c in item.Classifications)
        {
            Start("Classification");
            Text("ID", c.Id);
            Text("IdentificationTypeCode", c.TypeCode);
            End();
        }

        foreach (var dg in item.DangerousGoods)
        {
            Wrapped("DangerousGoods", "UNDGID", dg.UnNumber);
        }

        foreach (var duty in item.DutyTaxFees)
        {
            Start("DutyTaxFee");
            Text("DutyRegimeCode", duty.DutyRegimeCode);
            Measure("SpecificTaxBaseQuantity", duty.SpecificTaxBase);
            Text("TypeCode", duty.TypeCode);
            if (duty.PaymentMethodCode is not null || duty.TaxAssessed is not null || duty.Payment is not null)
            {
                Start("Payment");
                Text("MethodCode", duty.PaymentMethodCode);
                Money("TaxAssessedAmount", duty.TaxAssessed);
                Money("PaymentAmount", duty.Payment);
                End();
            }

            End();
        }

        if (item.GrossMass is not null || item.NetMass is not null || item.TariffQuantity is not null)
        {
            Start("GoodsMeasure");
            Measure("GrossMassMeasure", item.GrossMass);
            Measure("NetNetWeightMeasure", item.NetMass);
            Measure("TariffQuantity", item.TariffQuantity);
            End();
        }

        if (item.ItemPrice is not null)
        {
            Start("InvoiceLine");
            Money("ItemChargeAmount", item.ItemPrice);
            End();
        }

        for (var i = 0; i < item.EquipmentIds.Count; i++)
        {
            Start("TransportEquipment");
            Int("SequenceNumeric", i + 1);
            Text("ID", item.EquipmentIds[i]);
            End();
        }

        End();
    }

    private void PreviousDocuments(IReadOnlyList<PreviousDocument> documents)
    {
        foreach (var doc in documents)
        {
            Start("PreviousDocument");
            Text("CategoryCode", doc.CategoryCode);
            Text("ID", doc.Id);
            Text("TypeCode", doc.TypeCode);
            Int("LineNumeric", doc.LineNumber);
            End();
        }
    }

    private void TransportMeans(string name, TransportMeans? means, bool withNationality)
    {
        if (means is null)
        {
            return;
        }

        Start(name);
        Text("Name", means.Name);
        Text("ID", means.Id);
        Text("IdentificationTypeCode", means.IdentificationTypeCode);
        Text("TypeCode", means.TypeCode);
        if (withNationality)
        {
            Text("RegistrationNationalityCode", means.Nationality?.Value);
        }

        Text("ModeCode", means.ModeCode);
        End();
    }

    private void Parties(Declaration d, PartyRole role, string element)
    {
        foreach (var party in d.Parties)
        {
            if (party.Role == role)
            {
                Party(element, party);
            }
        }
    }

    private void Party(string element, Party party)
    {
        Start(element);
        Text("Name", party.Name);
        Text("ID", party.Id);
        Text("FunctionCode", party.FunctionCode);
        Address(party.Address);
        End();
    }

    private void Address(Address? address)
    {
        if (address is null)
        {
            return;
        }

        Start("Address");
        Text("TypeCode", address.TypeCode);
        Text("CityName", address.CityName);
        Text("CountryCode", address.Country?.Value);
        Text("Line", address.Line);
        Text("PostcodeID", address.PostcodeId);
        End();
    }
}
