using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A local reference number: the declarant's own reference for one declaration (WCO DM D026, functional reference number, an..35).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<Lrn>))]
public readonly record struct Lrn : ICodeValue<Lrn>
{
    private readonly string? _value;

    private Lrn(string value) => _value = value;

    /// <summary>The value; empty for <c>default</c>, which stands for no value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default</c>: no value was given (it never parses from text).</summary>
    public bool IsEmpty => _value is null;

    public static bool TryParse(string? text, out Lrn value, out string? error)
    {
        if (text is not null && text.Length is >= 1 and <= 35 && !text.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            value = new Lrn(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected a local reference number of 1 to 35 characters";
        return false;
    }

    public override string ToString() => Value;
}
