using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Json.Internal;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Json;

/// <summary>
/// Canonical JSON: reads a document strictly (duplicate keys, type mismatches, missing required
/// members, unknown members and excessive depth are diagnostics with a JSON pointer, never exceptions)
/// and writes it.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Deepest nesting accepted; canonical documents need fewer than ten levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Largest document accepted, in bytes.</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    /// <summary>Reads any canonical document; its kind comes from <c>documentType</c>.</summary>
    public static ReadResult<CanonicalDocument> Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, CanonicalJsonContext.Default.CanonicalDocument);

    /// <summary>Reads a document of a known kind.</summary>
    public static ReadResult<T> Read<T>(ReadOnlySpan<byte> utf8Json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            return ReadResult<T>.Failed(new Diagnostic(JsonDiagnosticIds.TooLarge, DiagnosticSeverity.Error, string.Empty, $"the document has {utf8Json.Length} bytes; at most {MaxDocumentBytes} are accepted"));
        }

        try
        {
            var value = JsonSerializer.Deserialize(utf8Json, typeInfo);
            return value is null
                ? ReadResult<T>.Failed(new Diagnostic(JsonDiagnosticIds.TypeMismatch, DiagnosticSeverity.Error, string.Empty, "expected an object, found null"))
                : new ReadResult<T>(value, []);
        }
        catch (JsonException e)
        {
            return ReadResult<T>.Failed(JsonDiagnostics.FromException(e));
        }
    }

    /// <summary>Writes <paramref name="document"/> as indented canonical JSON (UTF-8).</summary>
    public static byte[] Write(CanonicalDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, CanonicalJsonContext.Default.CanonicalDocument);

    /// <summary>Writes <paramref name="document"/> as canonical JSON text.</summary>
    public static string WriteString(CanonicalDocument document) => JsonSerializer.Serialize(document, CanonicalJsonContext.Default.CanonicalDocument);
}
