using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A commodity code of the Harmonized System: the six HS digits, optionally extended by national subdivisions to eight or ten digits (WCO DM 145).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<HsCode>))]
public readonly record struct HsCode : ICodeValue<HsCode>
{
    private HsCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out HsCode value, out string? error)
    {
        if (text is not null && text.Length is 6 or 8 or 10 && text.All(char.IsAsciiDigit))
        {
            value = new HsCode(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected an HS commodity code of 6, 8 or 10 digits";
        return false;
    }

    public override string ToString() => Value ?? string.Empty;

    /// <summary>The HS chapter, 1 to 97 (the first two digits).</summary>
    public int Chapter => ((Value[0] - '0') * 10) + (Value[1] - '0');

    /// <summary>The HS heading, four digits.</summary>
    public string Heading => Value[..4];

    /// <summary>The internationally harmonized six-digit subheading.</summary>
    public string Subheading => Value[..6];
}
