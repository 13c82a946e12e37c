using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Partners;

/// <summary>
/// The configured EDIFACT agreement's named values (<c>EdifactMode</c>, <c>Contrl</c>). They are bound as text and
/// read here, by name only (ignoring case): the configuration binder would leave a value it can not convert (an
/// older <c>"Contrl": true</c>) at the default without a word, and take any number for an enum.
/// </summary>
internal static class PartnerAgreement
{
    public static bool TryParseMode(string? text, out EdifactReadMode mode) => TryParse(text, EdifactReadMode.Strict, out mode);

    public static bool TryParseContrl(string? text, out ContrlPreference preference) => TryParse(text, ContrlPreference.OnRequest, out preference);

    public static EdifactReadMode Mode(string? text) => TryParseMode(text, out var mode) ? mode : throw new FormatException($"'{text}' is not an EDIFACT mode.");

    public static ContrlPreference Contrl(string? text) => TryParseContrl(text, out var preference) ? preference : throw new FormatException($"'{text}' is not a CONTRL preference.");

    public static string Names<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetNames<T>());

    private static bool TryParse<T>(string? text, T defaultValue, out T value)
        where T : struct, Enum
    {
        value = defaultValue;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var name = text.Trim();
        return Enum.GetNames<T>().Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)) && Enum.TryParse(name, ignoreCase: true, out value);
    }
}
