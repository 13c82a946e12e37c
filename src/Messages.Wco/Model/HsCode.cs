using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A commodity code of the Harmonized System: the six HS digits, optionally extended by national subdivisions to eight or ten digits (WCO DM 145).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<HsCode>))]
public readonly record struct HsCode : ICodeValue<HsCode>
{
    private readonly string? _value;

    private HsCode(string value) => _value = value;

    /// <summary>The value; empty for <c>default</c>, which stands for no value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default</c>: no value was given (it never parses from text).</summary>
    public bool IsEmpty => _value is null;

    public static bool TryParse(string? text, out HsCode value, out string? error)
    {
        if (text is not null && text.Length is 6 or 8 or 10 && !text.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            value = new HsCode(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected an HS commodity code of 6, 8 or 10 digits";
        return false;
    }

    public override string ToString() => Value;

    /// <summary>The HS chapter, 1 to 97 (the first two digits); 0 for <c>default</c>.</summary>
    public int Chapter => IsEmpty ? 0 : ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>The HS heading, four digits; empty for <c>default</c>.</summary>
    public string Heading => IsEmpty ? string.Empty : Value[..4];

    /// <summary>The internationally harmonized six-digit subheading; empty for <c>default</c>.</summary>
    public string Subheading => IsEmpty ? string.Empty : Value[..6];
}
