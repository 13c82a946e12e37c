namespace UniPass.Gateway.Routing.Detection;

/// <summary>What the first bytes of a message say about it.</summary>
/// <param name="Format">The syntax.</param>
/// <param name="MessageType">The document type: EDIFACT UNH S009 0065 (e.g. <c>CUSDEC</c>), the XML root
/// (or wrapped document) local name, or the JSON <c>documentType</c>/<c>type</c> member; null when not found.</param>
/// <param name="Interchange">The EDIFACT interchange key from UNB, when EDIFACT and UNB could be read.</param>
/// <param name="XmlNamespace">The namespace of the XML document element that gave <paramref name="MessageType"/>.</param>
public sealed record DetectionResult(
    MessageFormat Format,
    string? MessageType = null,
    InterchangeKey? Interchange = null,
    string? XmlNamespace = null)
{
    public static DetectionResult Unknown { get; } = new(MessageFormat.Unknown);
}
