namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>The role a party plays in a document; each maps to one WCO DM party class.</summary>
public enum PartyRole
{
    /// <summary>WCO DM 57B Declarant (R123/R124).</summary>
    Declarant,
    /// <summary>WCO DM 57A Exporter (R031/R032).</summary>
    Exporter,
    /// <summary>WCO DM 39A Importer (R037/R038).</summary>
    Importer,
    /// <summary>WCO DM 27A Consignee (R014/R015).</summary>
    Consignee,
    /// <summary>WCO DM 30A Consignor (R020/R021).</summary>
    Consignor,
    /// <summary>WCO DM 05A Agent (R003/R004) acting for the declarant.</summary>
    Agent,
    /// <summary>WCO DM 18A Carrier (R011/R012).</summary>
    Carrier,
    /// <summary>WCO DM 16A Buyer (R009/R010).</summary>
    Buyer,
    /// <summary>WCO DM 53A Seller.</summary>
    Seller,
    /// <summary>Notify party of a transport document.</summary>
    NotifyParty,
    /// <summary>The party sending a report (manifest or passenger list).</summary>
    ReportingParty,
    /// <summary>The holder of a licence, permit, certificate or other authorisation.</summary>
    PermitHolder,
}
