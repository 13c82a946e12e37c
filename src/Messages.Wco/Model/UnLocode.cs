using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A UN/LOCODE location (UNECE Recommendation 16): ISO 3166-1 country code and three letters or digits 2-9.</summary>
[JsonConverter(typeof(CodeValueJsonConverter<UnLocode>))]
public readonly record struct UnLocode : ICodeValue<UnLocode>
{
    // Recommendation 16 §3.2.2: the location part uses the letters A-Z and the digits 2-9 (0 and 1 look like O and I).
    private static readonly System.Buffers.SearchValues<char> s_locationCharacters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ23456789");

    private readonly string? _value;

    private UnLocode(string value) => _value = value;

    /// <summary>The value; empty for <c>default</c>, which stands for no value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default</c>: no value was given (it never parses from text).</summary>
    public bool IsEmpty => _value is null;

    public static bool TryParse(string? text, out UnLocode value, out string? error)
    {
        if (text is not null && text.Length == 5 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1]) && !text.AsSpan(2).ContainsAnyExcept(s_locationCharacters))
        {
            value = new UnLocode(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected a UN/LOCODE (country code and three letters or digits 2-9)";
        return false;
    }

    public override string ToString() => Value;

    /// <summary>The country part (Recommendation 16 §3.2.1); <c>default</c> for <c>default</c>.</summary>
    public CountryCode Country => IsEmpty ? default : CodeValue.Parse<CountryCode>(Value[..2]);
}
