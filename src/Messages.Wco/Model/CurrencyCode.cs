using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A currency, ISO 4217 alphabetic (WCO DM 135 and the currencyID of every amount).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<CurrencyCode>))]
public readonly record struct CurrencyCode : ICodeValue<CurrencyCode>
{
    private readonly string? _value;

    private CurrencyCode(string value) => _value = value;

    /// <summary>The value; empty for <c>default</c>, which stands for no value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default</c>: no value was given (it never parses from text).</summary>
    public bool IsEmpty => _value is null;

    public static bool TryParse(string? text, out CurrencyCode value, out string? error)
    {
        if (text is not null && text.Length == 3 && !text.AsSpan().ContainsAnyExceptInRange('A', 'Z'))
        {
            value = new CurrencyCode(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected an ISO 4217 currency code (three capital letters)";
        return false;
    }

    public override string ToString() => Value;
}
