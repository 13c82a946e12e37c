using System.Globalization;
using System.Text;
using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>Reads one element of an array; the reader stands on the element and is left on its last token.</summary>
internal delegate T JsonElementReader<T>(ref Utf8JsonReader reader);

/// <summary>
/// Values of canonical JSON, each read strictly from the token the reader stands on: the JSON type the schema gives
/// (numbers as numbers, dates and codes as strings, enums by member name), null only where the model allows it.
/// System.Text.Json's own parsers decide what a number or date is, so values read exactly as the serializer read them.
/// </summary>
internal static class JsonValues
{
    private const string DateOnlyFormat = "yyyy-MM-dd";

    public static string String(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw Mismatch(ref reader, "a string");

    public static string? NullableString(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : String(ref reader);

    public static int Int32(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value))
        {
            return value;
        }

        throw Mismatch(ref reader, "a whole number (32-bit)");
    }

    public static int? NullableInt32(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.Null ? null : Int32(ref reader);

    public static decimal Decimal(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value))
        {
            return value;
        }

        throw Mismatch(ref reader, "a decimal number");
    }

    public static DateTimeOffset? NullableDateTimeOffset(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        throw Mismatch(ref reader, "an ISO 8601 date and time as a string");
    }

    public static DateTime? NullableDateTime(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTime(out var value))
        {
            return value;
        }

        throw Mismatch(ref reader, "an ISO 8601 date and time as a string");
    }

    // A calendar date exactly as System.Text.Json writes and reads DateOnly: yyyy-MM-dd, nothing more.
    public static DateOnly? NullableDateOnly(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType == JsonTokenType.String
            && DateOnly.TryParseExact(reader.GetString(), DateOnlyFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        throw Mismatch(ref reader, "a calendar date (yyyy-MM-dd) as a string");
    }

    /// <summary>A coded value: a string of its shape; a string of another shape is a mismatch that states the shape.</summary>
    public static T Code<T>(ref Utf8JsonReader reader)
        where T : struct, ICodeValue<T>
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Mismatch(ref reader, "a string");
        }

        var text = reader.GetString();
        return T.TryParse(text, out var value, out var error)
            ? value
            : throw new JsonReadFailure(JsonDiagnosticIds.TypeMismatch, $"'{text}': {error}", reader.TokenStartIndex);
    }

    public static T? NullableCode<T>(ref Utf8JsonReader reader)
        where T : struct, ICodeValue<T> =>
        reader.TokenType == JsonTokenType.Null ? null : Code<T>(ref reader);

    public static T Enum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum =>
        JsonEnumNames<T>.Read(ref reader);

    public static T? NullableEnum<T>(ref Utf8JsonReader reader)
        where T : struct, Enum =>
        reader.TokenType == JsonTokenType.Null ? null : JsonEnumNames<T>.Read(ref reader);

    /// <summary>An object the model allows to be absent: null, or the object.</summary>
    public static T? NullableObject<T>(ref Utf8JsonReader reader, JsonElementReader<T> read)
        where T : class =>
        reader.TokenType == JsonTokenType.Null ? null : read(ref reader);

    /// <summary>An array whose elements must not be null (the model's lists hold no nulls).</summary>
    public static List<T> List<T>(ref Utf8JsonReader reader, JsonElementReader<T> read)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Mismatch(ref reader, "an array");
        }

        var list = new List<T>();

        // The reader has checked the syntax: the array ends before the document does.
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                throw new JsonReadFailure(JsonDiagnosticIds.TypeMismatch, "array elements must not be null", reader.TokenStartIndex);
            }

            list.Add(read(ref reader));
        }

        return list;
    }

    public static JsonReadFailure Mismatch(ref Utf8JsonReader reader, string expected) =>
        new(JsonDiagnosticIds.TypeMismatch, $"expected {expected}, found {Describe(ref reader)}", reader.TokenStartIndex);

    private static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Null => "null",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(reader.ValueSpan),
        JsonTokenType.String => "a string",
        _ => reader.TokenType.ToString(),
    };
}

/// <summary>
/// Enums as the canonical JSON Schema describes them: exactly one of the member names, as a string, matched as UTF-8.
/// Integers, numeric strings, other casing and flag combinations are type mismatches.
/// </summary>
internal static class JsonEnumNames<T>
    where T : struct, Enum
{
    private static readonly T[] s_values = System.Enum.GetValues<T>();
    private static readonly byte[][] s_names = [.. s_values.Select(v => Encoding.UTF8.GetBytes(v.ToString()))];
    private static readonly string s_list = string.Join(", ", s_values);

    public static T Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonValues.Mismatch(ref reader, $"one of {s_list} as a string");
        }

        if (!reader.ValueIsEscaped)
        {
            var span = reader.ValueSpan;
            for (var i = 0; i < s_names.Length; i++)
            {
                if (span.SequenceEqual(s_names[i]))
                {
                    return s_values[i];
                }
            }
        }

        var text = reader.GetString()!;
        for (var i = 0; i < s_values.Length; i++)
        {
            if (text == s_values[i].ToString())
            {
                return s_values[i];
            }
        }

        throw new JsonReadFailure(JsonDiagnosticIds.TypeMismatch, $"'{text}' is not one of {s_list}", reader.TokenStartIndex);
    }
}
