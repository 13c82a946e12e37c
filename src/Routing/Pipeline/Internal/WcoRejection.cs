using UniPass.Gateway.Messages.Wco.Xml;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>
/// The WCO DM XML rejection: the canonical <see cref="RejectionResponse"/> in its <c>MetaData</c> envelope, written by
/// the same writer as every other WCO response, so that it validates against <c>schemas/wco/Response.xsd</c>.
/// </summary>
internal static class WcoRejection
{
    public static byte[] Write(PipelineContext context, DateTimeOffset now)
    {
        using var stream = new MemoryStream();
        WcoXmlWriter.Write(RejectionResponse.Build(context, now, locationInDescription: true), stream);
        return stream.ToArray();
    }
}
