using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Json.Internal;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>An airport, IATA three-letter location code (the codes PAXLST LOC+125/87 carry).</summary>
[JsonConverter(typeof(CodeValueJsonConverter<AirportCode>))]
public readonly record struct AirportCode : ICodeValue<AirportCode>
{
    private readonly string? _value;

    private AirportCode(string value) => _value = value;

    /// <summary>The value; empty for <c>default</c>, which stands for no value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>True for <c>default</c>: no value was given (it never parses from text).</summary>
    public bool IsEmpty => _value is null;

    public static bool TryParse(string? text, out AirportCode value, out string? error)
    {
        if (text is not null && text.Length == 3 && !text.AsSpan().ContainsAnyExceptInRange('A', 'Z'))
        {
            value = new AirportCode(text);
            error = null;
            return true;
        }

        value = default;
        error = "expected an IATA airport code (three capital letters)";
        return false;
    }

    public override string ToString() => Value;
}
