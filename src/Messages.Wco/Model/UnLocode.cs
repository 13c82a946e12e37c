using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A UN/LOCODE location (UNECE Recommendation 16): ISO 3166-1 country code and three letters or digits 2-9.</summary>
[JsonConverter(typeof(CodeValueJsonConverter<UnLocode>))]
public readonly record struct UnLocode : ICodeValue<UnLocode>
{
    private UnLocode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out UnLocode value, out string? error)
    {
        if (text is not null && text.Length == 5 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && text.Skip(2).All(c => char.IsAsciiLetterUpper(c) || (c >= '2' && c <= '9')))
        {
            value = new UnLocode(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected a UN/LOCODE (country code and three letters or digits 2-9)";
        return false;
    }

    public override string ToString() => Value ?? string.Empty;

    /// <summary>The country part (Recommendation 16 §3.2.1).</summary>
    public CountryCode Country => CodeValue.Parse<CountryCode>(Value[..2]);
}
