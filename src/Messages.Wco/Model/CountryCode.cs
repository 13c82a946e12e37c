using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A country, ISO 3166-1 alpha-2 (WCO DM uses it for every country field, e.g. 242, 465).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<CountryCode>))]
public readonly record struct CountryCode : ICodeValue<CountryCode>
{
    private readonly string? _value;

    private CountryCode(string value) => _value = value;

    /// <summary>The value; empty for <c>default</c>, which stands for no value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default</c>: no value was given (it never parses from text).</summary>
    public bool IsEmpty => _value is null;

    public static bool TryParse(string? text, out CountryCode value, out string? error)
    {
        if (text is not null && text.Length == 2 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]))
        {
            value = new CountryCode(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected an ISO 3166-1 alpha-2 country code (two capital letters)";
        return false;
    }

    public override string ToString() => Value;
}
