namespace UniPass.Gateway.Routing.Detection;

/// <summary>The storage and wire names of <see cref="MessageFormat"/>.</summary>
public static class MessageFormatNames
{
    public const string Unknown = "unknown";
    public const string Edifact = "edifact";
    public const string WcoXml = "wco-xml";
    public const string Xml = "xml";
    public const string Json = "json";

    public static string ToName(this MessageFormat format) => format switch
    {
        MessageFormat.Edifact => Edifact,
        MessageFormat.WcoXml => WcoXml,
        MessageFormat.Xml => Xml,
        MessageFormat.Json => Json,
        _ => Unknown,
    };

    public static MessageFormat Parse(string? name) => name switch
    {
        Edifact => MessageFormat.Edifact,
        WcoXml => MessageFormat.WcoXml,
        Xml => MessageFormat.Xml,
        Json => MessageFormat.Json,
        _ => MessageFormat.Unknown,
    };
}
