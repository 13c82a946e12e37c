using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using UniPass.Gateway.Messages.Wco.Json.Internal;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Json;

/// <summary>
/// Canonical JSON: reads a document strictly (duplicate keys, type mismatches, missing required
/// members, nulls in arrays, enums given as numbers, unknown members and excessive depth are diagnostics with a
/// JSON pointer, never exceptions) and writes it.
/// </summary>
public static class CanonicalJson
{
    /// <summary>Deepest nesting accepted; canonical documents need fewer than ten levels.</summary>
    public const int MaxDepth = 32;

    /// <summary>Largest document accepted, in bytes.</summary>
    public const int MaxDocumentBytes = 16 * 1024 * 1024;

    private const string DocumentTypeMember = "documentType";

    // The source-generated contract with the checks it can not express (nulls in arrays) added once.
    private static readonly JsonSerializerOptions s_options = new(CanonicalJsonContext.Default.Options)
    {
        TypeInfoResolver = CanonicalJsonContext.Default.WithAddedModifier(StrictContract.RejectNullElements),
    };

    // documentType is expected first, as the writer puts it; a document with it elsewhere is read again with the
    // serializer looking ahead for it, so only such documents pay for the look-ahead.
    private static readonly JsonSerializerOptions s_outOfOrder = new(s_options) { AllowOutOfOrderMetadataProperties = true };

    private static readonly JsonTypeInfo<CanonicalDocument> s_document = (JsonTypeInfo<CanonicalDocument>)s_options.GetTypeInfo(typeof(CanonicalDocument));

    /// <summary>
    /// Reads any canonical document; its kind comes from <c>documentType</c>. Read straight from the UTF-8 into the
    /// canonical records (<see cref="CanonicalJsonReader"/>), with the rules of the source-generated contract.
    /// </summary>
    public static ReadResult<CanonicalDocument> Read(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.Length > MaxDocumentBytes ? TooLarge<CanonicalDocument>(utf8Json.Length) : CanonicalJsonReader.Read(utf8Json);

    /// <summary>Reads a document of a known kind, with the strict contract for <paramref name="typeInfo"/>'s type.</summary>
    public static ReadResult<T> Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        if (typeof(T) == typeof(CanonicalDocument))
        {
            return (ReadResult<T>)(object)Read(utf8Json);
        }

        return ReadWithSerializer(utf8Json, typeInfo);
    }

    /// <summary>Reads through System.Text.Json with the strict source-generated contract (the reference the hand-written reader is held to).</summary>
    internal static ReadResult<T> ReadWithSerializer<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        if (utf8Json.Length > MaxDocumentBytes)
        {
            return TooLarge<T>(utf8Json.Length);
        }

        var strict = ReferenceEquals(typeInfo.Options, s_options) ? typeInfo : (JsonTypeInfo<T>)s_options.GetTypeInfo(typeof(T));
        try
        {
            return Deserialize(utf8Json, strict);
        }
        catch (NotSupportedException) when (HasRootMember(utf8Json, DocumentTypeMember))
        {
            // The discriminator is there but not first.
            try
            {
                return Deserialize(utf8Json, (JsonTypeInfo<T>)s_outOfOrder.GetTypeInfo(typeof(T)));
            }
            catch (NotSupportedException)
            {
                return MissingDocumentType<T>();
            }
        }
        catch (NotSupportedException)
        {
            // The abstract CanonicalDocument can only be read through its discriminator: without one there is no kind to read.
            return MissingDocumentType<T>();
        }
    }

    private static ReadResult<T> Deserialize<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(utf8Json, typeInfo);
            return value is null
                ? ReadResult<T>.Failed(new Diagnostic(JsonDiagnosticIds.TypeMismatch, DiagnosticSeverity.Error, string.Empty, "expected an object, found null"))
                : new ReadResult<T>(value, []);
        }
        catch (JsonException e)
        {
            return ReadResult<T>.Failed(JsonDiagnostics.FromException(e, utf8Json));
        }
    }

    private static ReadResult<T> TooLarge<T>(int length)
        where T : class =>
        ReadResult<T>.Failed(new Diagnostic(JsonDiagnosticIds.TooLarge, DiagnosticSeverity.Error, string.Empty, $"the document has {length} bytes; at most {MaxDocumentBytes} are accepted"));

    private static ReadResult<T> MissingDocumentType<T>()
        where T : class =>
        ReadResult<T>.Failed(new Diagnostic(
            JsonDiagnosticIds.UnknownDocumentType,
            DiagnosticSeverity.Error,
            "/" + DocumentTypeMember,
            $"the document has no {DocumentTypeMember}; expected one of {string.Join(", ", CanonicalJsonSchema.Documents.Select(d => d.DocumentType))}"));

    // Whether the root object has the member at all; a document that can not be scanned is left to the serializer's finding.
    private static bool HasRootMember(ReadOnlySpan<byte> utf8Json, string name)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(name))
                {
                    return true;
                }

                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return true;
        }

        return false;
    }

    /// <summary>Writes <paramref name="document"/> as indented canonical JSON (UTF-8).</summary>
    public static byte[] Write(CanonicalDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, s_document);

    /// <summary>Writes <paramref name="document"/> as canonical JSON text.</summary>
    public static string WriteString(CanonicalDocument document) => JsonSerializer.Serialize(document, s_document);
}
