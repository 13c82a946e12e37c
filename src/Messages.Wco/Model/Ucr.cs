using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A unique consignment reference (WCO Recommendation on the UCR, WCO DM 016, an..35).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<Ucr>))]
public readonly record struct Ucr : ICodeValue<Ucr>
{
    private Ucr(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Ucr value, out string? error)
    {
        if (text is not null && text.Length is >= 1 and <= 35 && !text.Any(char.IsControl))
        {
            value = new Ucr(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected a unique consignment reference of 1 to 35 characters";
        return false;
    }

    public override string ToString() => Value ?? string.Empty;

}
