using System.Text.Json;
using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>
/// Enums as the canonical JSON Schema describes them: exactly one of the member names, as a string. Integers,
/// numeric strings, other casing and flag combinations are type mismatches (System.Text.Json's string enum
/// converter accepts all of them).
/// </summary>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private readonly Dictionary<string, T> _byName;
    private readonly Dictionary<T, JsonEncodedText> _encoded;

    public StrictEnumConverter()
    {
        var values = Enum.GetValues<T>();
        _byName = values.ToDictionary(v => v.ToString(), StringComparer.Ordinal);
        _encoded = values.ToDictionary(v => v, v => JsonEncodedText.Encode(v.ToString()));
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected one of {string.Join(", ", _byName.Keys)} as a string, found {reader.TokenType}");
        }

        var text = reader.GetString()!;
        return _byName.TryGetValue(text, out var value) ? value : throw new JsonException($"'{text}' is not one of {string.Join(", ", _byName.Keys)}");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (_encoded.TryGetValue(value, out var encoded))
        {
            writer.WriteStringValue(encoded);
        }
        else
        {
            // A value outside the enum (a cast integer) has no name the schema allows: write it as absent.
            writer.WriteNullValue();
        }
    }
}

/// <summary>Creates a <see cref="StrictEnumConverter{T}"/> for every enum of the canonical model.</summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
}
