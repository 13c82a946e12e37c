using System.Text.Json;

namespace UniPass.Gateway.Routing.Detection.Internal;

/// <summary>Reads the top-level <c>documentType</c> (or else <c>type</c>) member of a JSON document. Never throws.</summary>
internal static class JsonTypePeek
{
    private const int MaxDepth = 64;

    public static DetectionResult Read(ReadOnlySpan<byte> content)
    {
        var isFinal = content.Length <= FormatDetector.MaxPeekBytes;
        var bytes = isFinal ? content : content[..FormatDetector.MaxPeekBytes];
        var reader = new Utf8JsonReader(bytes, isFinal, new JsonReaderState(new JsonReaderOptions { MaxDepth = MaxDepth }));
        string? documentType = null, type = null;
        try
        {
            while (documentType is null && reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
                {
                    continue;
                }

                var isDocumentType = reader.ValueTextEquals("documentType"u8);
                var isType = reader.ValueTextEquals("type"u8);
                if (!reader.Read())
                {
                    break;
                }

                if (reader.TokenType == JsonTokenType.String && (isDocumentType || isType))
                {
                    if (isDocumentType)
                    {
                        documentType = reader.GetString();
                    }
                    else
                    {
                        type ??= reader.GetString();
                    }
                }
                else if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !reader.TrySkip())
                {
                    break;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not valid JSON, or a type that is not valid UTF-8 (GetString throws InvalidOperationException): still
            // detected as JSON by its first byte; validation reports the pointer.
        }

        var found = documentType ?? type;
        return new DetectionResult(MessageFormat.Json, string.IsNullOrEmpty(found) ? null : found);
    }
}
