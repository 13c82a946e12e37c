using System.Collections.Frozen;
using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Routing.Diagnostics;

/// <summary>
/// The <c>message_type</c> label values: the message types and formats the gateway knows, in one spelling
/// each, and <see cref="Other"/> for everything else. The type is read from the sender's content (UNH 0065,
/// an XML root, a JSON <c>documentType</c>), so without this bound a sender could create a time series per
/// value it makes up and exhaust the metrics backend.
/// </summary>
public static class MessageTypeLabels
{
    /// <summary>The label of a type the gateway does not know.</summary>
    public const string Other = "other";

    private static readonly FrozenDictionary<string, string> Known = new[]
    {
        // UN/EDIFACT message types (UNH S009 0065) the gateway routes or answers with.
        "CUSDEC", "CUSCAR", "PAXLST", "CUSRES", "APERAK", "CONTRL",

        // WCO DM roots and type codes, and the canonical documentType values.
        "DEC", "DEC-DMS", "Declaration", "declaration", "CargoReport", "cargoReport", "Manifest", "passengerList", "PassengerList", "permit", "response", "Response", "RES",

        // Formats, when the type is not known yet (both the wire names and the enum names).
        MessageFormatNames.Edifact, MessageFormatNames.WcoXml, MessageFormatNames.Xml, MessageFormatNames.Json, MessageFormatNames.Unknown,
        nameof(MessageFormat.Edifact), nameof(MessageFormat.WcoXml), nameof(MessageFormat.Xml), nameof(MessageFormat.Json), nameof(MessageFormat.Unknown),
    }.ToFrozenDictionary(v => v, v => v, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> KnownIgnoringCase = Known.Values
        .DistinctBy(v => v, StringComparer.OrdinalIgnoreCase)
        .ToFrozenDictionary(v => v, v => v, StringComparer.OrdinalIgnoreCase);

    /// <summary>The label for <paramref name="messageType"/>: its known spelling, or <see cref="Other"/>.</summary>
    public static string For(string? messageType) =>
        messageType is null ? Other
        : Known.TryGetValue(messageType, out var exact) ? exact
        : KnownIgnoringCase.TryGetValue(messageType, out var spelled) ? spelled
        : Other;
}
