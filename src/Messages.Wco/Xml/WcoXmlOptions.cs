namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>
/// Operator settings for WCO DM XML input, bound from the configuration section <c>Wco:Xml</c>: an external XSD set
/// (for example a national one) every input must also be valid against.
/// </summary>
public sealed class WcoXmlOptions
{
    public const string SectionName = "Wco:Xml";

    /// <summary>
    /// XSD files to validate input against (relative paths from the working directory); their imports and includes
    /// are followed on the local file system only. Empty: no external validation.
    /// </summary>
    public List<string> ExternalSchemaPaths { get; set; } = [];

    /// <summary>The reader options these settings give: the schema set loaded and compiled once.</summary>
    public WcoXmlReaderOptions ToReaderOptions() =>
        ExternalSchemaPaths.Count == 0 ? WcoXmlReaderOptions.Default : WcoXmlReaderOptions.Default with { ExternalSchemas = WcoXmlSchemas.Load(ExternalSchemaPaths) };
}
