namespace UniPass.Gateway.Routing.Detection;

/// <summary>The syntax a message is written in, as detected from its first bytes.</summary>
public enum MessageFormat
{
    /// <summary>Not recognised: neither UNA/UNB, nor XML, nor JSON.</summary>
    Unknown,

    /// <summary>UN/EDIFACT (ISO 9735): starts with a UNA service string advice or a UNB interchange header.</summary>
    Edifact,

    /// <summary>WCO Data Model XML: the root (or the wrapped document) is in a <c>urn:wco:datamodel:</c> namespace.</summary>
    WcoXml,

    /// <summary>XML that is not (recognisably) WCO Data Model.</summary>
    Xml,

    /// <summary>JSON (RFC 8259): an object or array.</summary>
    Json,
}
