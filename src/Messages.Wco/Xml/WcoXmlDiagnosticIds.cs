namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>Stable ids of WCO DM XML diagnostics.</summary>
public static class WcoXmlDiagnosticIds
{
    /// <summary>Not well-formed XML (XML 1.0 §2.1).</summary>
    public const string NotWellFormed = "WCO0001";

    /// <summary>A DTD or entity declaration: prohibited (no DTDs, no external entities).</summary>
    public const string DtdProhibited = "WCO0002";

    /// <summary>A limit was exceeded: characters, depth or element count.</summary>
    public const string LimitExceeded = "WCO0003";

    /// <summary>Not a WCO DM document we read: wrong root, namespace or WCO type name.</summary>
    public const string UnsupportedDocument = "WCO0004";

    /// <summary>A value of the wrong shape (a number, date or code that does not parse).</summary>
    public const string InvalidValue = "WCO0005";

    /// <summary>A mandatory element is missing.</summary>
    public const string MissingElement = "WCO0006";

    /// <summary>An element the canonical model does not map; it was skipped.</summary>
    public const string NotMapped = "WCO0007";

    /// <summary>Elements without a namespace (documentation style); read by local name.</summary>
    public const string NoNamespace = "WCO0008";

    /// <summary>Invalid against the configured XML schema set.</summary>
    public const string SchemaInvalid = "WCO0009";
}
