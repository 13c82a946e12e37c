using System.Text;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Api;

/// <summary><c>GET /api/v1/messages/{id}/acks</c>: the acknowledgements stored with the message, oldest first.</summary>
public sealed record AckListResponse(Guid MessageId, IReadOnlyList<AckResponse> Items);

/// <summary>
/// One acknowledgement. <see cref="Content"/> holds it as text when it is text (EDIFACT, XML, JSON) in UTF-8;
/// <see cref="Location"/> serves the exact bytes with their media type either way.
/// </summary>
public sealed record AckResponse(Guid Id, string Kind, string ContentType, DateTimeOffset CreatedAt, int Size, string? Content, string Location)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static AckResponse From(StoredAck ack) => new(
        ack.Id,
        ack.Kind,
        ack.ContentType,
        ack.CreatedAt,
        ack.Content.Length,
        AsText(ack),
        MessagesApi.AckPath(ack.MessageId, ack.Id));

    private static string? AsText(StoredAck ack)
    {
        if (!IsTextual(ack.ContentType))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(ack.Content.Span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static bool IsTextual(string contentType) =>
        contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase)
        || contentType.Contains("edifact", StringComparison.OrdinalIgnoreCase);
}
