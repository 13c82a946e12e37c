using System.Text.Json;
using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>Writes a coded value as its JSON string and rejects a string of the wrong shape with the expected shape.</summary>
internal sealed class CodeValueJsonConverter<T> : JsonConverter<T>
    where T : struct, ICodeValue<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected a string, found {reader.TokenType}");
        }

        var text = reader.GetString();
        return T.TryParse(text, out var value, out var error) ? value : throw new JsonException($"'{text}': {error}");
    }

    // default stands for no value: written as null, which the schema allows wherever the member is optional, and which
    // reading rejects (with its pointer) where the member is required.
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        if (value.IsEmpty)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value.Value);
        }
    }
}
