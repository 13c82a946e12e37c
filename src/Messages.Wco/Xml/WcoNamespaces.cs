namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>The XML namespaces of WCO DM 3.x documents in the DMS style (UK CDS).</summary>
public static class WcoNamespaces
{
    /// <summary>The metadata envelope (<c>MetaData</c>) around every document.</summary>
    public const string MetaData = "urn:wco:datamodel:WCO:DocumentMetaData-DMS:2";

    /// <summary>Declarations (<c>Declaration</c>, WCO type name DEC).</summary>
    public const string Declaration = "urn:wco:datamodel:WCO:DEC-DMS:2";

    /// <summary>Responses (<c>Response</c>, WCO type name RES).</summary>
    public const string Response = "urn:wco:datamodel:WCO:RES-DMS:2";

    /// <summary>Data-type namespace the DMS schemas put <c>DateTimeString</c> in.</summary>
    public const string DeclarationDataTypes = "urn:wco:datamodel:WCO:Declaration_DS:DMS:2";

    /// <summary>Data-type namespace of the RES schema.</summary>
    public const string ResponseDataTypes = "urn:wco:datamodel:WCO:Response_DS:DMS:2";
}
