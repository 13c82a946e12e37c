using UniPass.Gateway.Messages.Wco.Json;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>
/// The JSON rejection: the canonical <see cref="RejectionResponse"/> as canonical JSON (<c>documentType</c>
/// <c>response</c>), valid against <c>schemas/canonical/response.schema.json</c>; each error keeps its location.
/// </summary>
internal static class JsonRejection
{
    public static byte[] Write(PipelineContext context, DateTimeOffset now) =>
        CanonicalJson.Write(RejectionResponse.Build(context, now, locationInDescription: false));
}
