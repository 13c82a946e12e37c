using System.Globalization;
using System.Text;
using System.Text.Json;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>
/// The JSON pointer (RFC 6901) and line/column of the token at a byte offset, found by reading the document again up to
/// it. Reading keeps no path while it goes; only a failed read pays for this second, shorter pass.
/// </summary>
internal static class JsonPointerLocator
{
    /// <summary>
    /// The pointer of the token that starts at <paramref name="offset"/>: a member name or a value points at its member,
    /// an array element at its index, the end of an object or array at that object or array.
    /// </summary>
    public static string PointerAt(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CanonicalJson.MaxDepth });
        var names = new string?[CanonicalJson.MaxDepth + 1];
        var indices = new int[CanonicalJson.MaxDepth + 1];
        var depth = 0;
        try
        {
            while (reader.Read())
            {
                var here = reader.TokenStartIndex == offset;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        names[depth - 1] = NameOf(ref reader);
                        if (here)
                        {
                            return Build(names, indices, depth);
                        }

                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        depth--;
                        if (here)
                        {
                            return Build(names, indices, depth);
                        }

                        break;
                    default:
                        if (depth > 0 && names[depth - 1] is null)
                        {
                            indices[depth - 1]++;
                        }

                        if (here)
                        {
                            return Build(names, indices, depth);
                        }

                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                        {
                            // An array's steps are indices (name null), an object's the member names read in it.
                            names[depth] = reader.TokenType == JsonTokenType.StartObject ? string.Empty : null;
                            indices[depth] = -1;
                            depth++;
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The offset lies before the failure that stopped the first pass; stopping here anyway keeps what was found.
        }

        return Build(names, indices, depth);
    }

    /// <summary>Line and column (1-based, the column counted in bytes as System.Text.Json does) of a byte offset.</summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8Json, long offset)
    {
        var before = utf8Json[..(int)Math.Clamp(offset, 0, utf8Json.Length)];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, before.Length - lastNewline);
    }

    private static string NameOf(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            // Not valid UTF-8: shown with replacement characters.
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static string Build(string?[] names, int[] indices, int depth)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            builder.Append('/');
            if (names[i] is { } name)
            {
                // RFC 6901 §3: '~' is written '~0' and '/' is written '~1'.
                builder.Append(name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
            }
            else
            {
                builder.Append(indices[i].ToString(CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
