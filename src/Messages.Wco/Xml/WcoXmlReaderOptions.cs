using System.Xml.Schema;

namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>Limits and validation for reading WCO DM XML. The defaults suit declarations of thousands of items.</summary>
public sealed record WcoXmlReaderOptions
{
    /// <summary>Largest document, in characters.</summary>
    public long MaxCharacters { get; init; } = 16 * 1024 * 1024;

    /// <summary>Deepest element nesting; WCO DM declarations need about ten levels, wrappers a few more.</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Most elements in one document.</summary>
    public int MaxElements { get; init; } = 500_000;

    /// <summary>
    /// An operator-configured schema set (for example a national one) the input must also be valid
    /// against; null to read without XSD validation.
    /// </summary>
    public XmlSchemaSet? ExternalSchemas { get; init; }

    public static WcoXmlReaderOptions Default { get; } = new();
}
