using Microsoft.Net.Http.Headers;

namespace UniPass.Gateway.Host.Api;

/// <summary>
/// The submission's <c>Content-Type</c> is a hint: the format is detected from the bytes (UNA/UNB, the XML root
/// namespace, JSON), so any media type, or none, is accepted; e.g. <c>curl --data-binary @file</c> sends
/// <c>application/x-www-form-urlencoded</c> and <c>text/xml</c> is common. Refused are only the types that say
/// the body is not a message at all: a form upload (<c>multipart/*</c>, RFC 7578, whose body is a MIME envelope
/// around the file) and media (<c>image</c>, <c>audio</c>, <c>video</c>, <c>font</c>, <c>model</c>, RFC 6838 §4.2).
/// </summary>
internal static class SubmissionContentType
{
    /// <summary>Why <paramref name="contentType"/> can not carry a message, or null when it may.</summary>
    public static string? RefusalReason(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !MediaTypeHeaderValue.TryParse(contentType, out var parsed))
        {
            // Absent or unparseable: a hint we can not use, not a reason to refuse the bytes.
            return null;
        }

        var type = parsed.Type.Value ?? string.Empty;
        if (type.Equals("multipart", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{parsed.MediaType}' is a form or MIME envelope, not a message: send the message itself as the body (curl --data-binary @file, not -F).";
        }

        if (type.Equals("image", StringComparison.OrdinalIgnoreCase)
            || type.Equals("audio", StringComparison.OrdinalIgnoreCase)
            || type.Equals("video", StringComparison.OrdinalIgnoreCase)
            || type.Equals("font", StringComparison.OrdinalIgnoreCase)
            || type.Equals("model", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{parsed.MediaType}' is media, not a message: the gateway takes EDIFACT, WCO DM XML or JSON.";
        }

        return null;
    }
}
