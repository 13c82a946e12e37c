using System.Text;
using System.Text.Json;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>Turns System.Text.Json's failure into a diagnostic with a JSON pointer (RFC 6901) and a stable id.</summary>
internal static class JsonDiagnostics
{
    public static Diagnostic FromException(JsonException e, ReadOnlySpan<byte> utf8Json)
    {
        var message = e.Message;
        var fromReader = e.InnerException is JsonException inner && inner.GetType().Name == ReaderExceptionTypeName;
        var id = fromReader ? ClassifyReaderFailure(utf8Json) : Classify(message);
        var pointer = ToPointer(e.Path);
        if (e is NullElementException nullElement)
        {
            // The path is the object holding the array; the member and index complete it.
            id = JsonDiagnosticIds.TypeMismatch;
            pointer = pointer + "/" + Escape(nullElement.Member) + "/" + nullElement.Index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var line = e.LineNumber is { } l ? (int)l + 1 : 0;
        var column = e.BytePositionInLine is { } c ? (int)c + 1 : 0;
        return new Diagnostic(id, DiagnosticSeverity.Error, pointer, Trim(message), line, column);
    }

    // Utf8JsonReader's own failures (syntax, depth) arrive as this internal JsonException subtype.
    private const string ReaderExceptionTypeName = "JsonReaderException";

    // Which reader failure it was is decided by reading the document again with the same limits, not from the
    // exception's wording: the reader stops at the same place, and there its depth tells a nesting limit from a syntax error.
    // Only failed documents pay for this second pass.
    internal static string ClassifyReaderFailure(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = CanonicalJson.MaxDepth });
        try
        {
            while (reader.Read())
            {
            }
        }
        catch (JsonException)
        {
            // CurrentDepth counts a container that was just opened as outside it.
            var depth = reader.CurrentDepth + (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray ? 1 : 0);
            return depth >= CanonicalJson.MaxDepth ? JsonDiagnosticIds.TooDeep : JsonDiagnosticIds.Syntax;
        }

        return JsonDiagnosticIds.Syntax;
    }

    // The serializer's own findings carry no code; their wording is the only signal it gives.
    private static string Classify(string message)
    {
        if (message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return JsonDiagnosticIds.DuplicateKey;
        }

        if (message.Contains("missing required", StringComparison.OrdinalIgnoreCase) || message.Contains("required propert", StringComparison.OrdinalIgnoreCase))
        {
            return JsonDiagnosticIds.MissingRequired;
        }

        if (message.Contains("could not be mapped", StringComparison.OrdinalIgnoreCase))
        {
            return JsonDiagnosticIds.UnknownMember;
        }

        if (message.Contains("type discriminator", StringComparison.OrdinalIgnoreCase) || message.Contains("does not support polymorphic", StringComparison.OrdinalIgnoreCase) || message.Contains("abstract", StringComparison.OrdinalIgnoreCase))
        {
            return JsonDiagnosticIds.UnknownDocumentType;
        }

        return JsonDiagnosticIds.TypeMismatch;
    }

    // System.Text.Json paths look like $.goodsItems[0]['hs code']; RFC 6901 pointers like /goodsItems/0/hs code.
    internal static string ToPointer(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        var i = path[0] == '$' ? 1 : 0;
        while (i < path.Length)
        {
            switch (path[i])
            {
                case '.':
                {
                    var end = path.IndexOfAny(['.', '['], i + 1);
                    end = end < 0 ? path.Length : end;
                    Append(builder, path[(i + 1)..end]);
                    i = end;
                    break;
                }

                case '[' when i + 1 < path.Length && path[i + 1] == '\'':
                {
                    var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                    end = end < 0 ? path.Length : end;
                    Append(builder, path[(i + 2)..end]);
                    i = Math.Min(path.Length, end + 2);
                    break;
                }

                case '[':
                {
                    var end = path.IndexOf(']', i + 1);
                    end = end < 0 ? path.Length : end;
                    Append(builder, path[(i + 1)..end]);
                    i = Math.Min(path.Length, end + 1);
                    break;
                }

                default:
                    i++;
                    break;
            }
        }

        return builder.ToString();
    }

    // RFC 6901 §3: '~' is written '~0' and '/' is written '~1'.
    private static void Append(StringBuilder builder, string token) => builder.Append('/').Append(Escape(token));

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    internal static string Trim(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
