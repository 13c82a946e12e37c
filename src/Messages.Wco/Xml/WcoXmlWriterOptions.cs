namespace UniPass.Gateway.Messages.Wco.Xml;

/// <summary>What the writer states in the <c>MetaData</c> envelope (it is not part of the canonical document).</summary>
public sealed record WcoXmlWriterOptions
{
    public string DataModelVersion { get; init; } = "3.6";

    public string? ResponsibleCountryCode { get; init; }

    public string? ResponsibleAgencyName { get; init; }

    public string? CustomizationVersionCode { get; init; }

    public bool Indent { get; init; } = true;

    public static WcoXmlWriterOptions Default { get; } = new();
}
