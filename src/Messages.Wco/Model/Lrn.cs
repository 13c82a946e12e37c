using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A local reference number: the declarant's own reference for one declaration (WCO DM D026, functional reference number, an..35).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<Lrn>))]
public readonly record struct Lrn : ICodeValue<Lrn>
{
    private Lrn(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? text, out Lrn value, out string? error)
    {
        if (text is not null && text.Length is >= 1 and <= 35 && !text.Any(char.IsControl))
        {
            value = new Lrn(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected a local reference number of 1 to 35 characters";
        return false;
    }

    public override string ToString() => Value ?? string.Empty;

}
