using System.Text.Json;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Pipeline.Internal;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Decides the records to publish: each canonical document as canonical JSON on its kind's topic, keyed
/// by its entity, and each agency package of its split on <c>oga.&lt;agency&gt;</c> under the same key (the
/// package with the part of the common core the agency needs: <see cref="SplitResult.DeliveryFor"/>); when
/// no stage produced documents, the raw message on the topic of its detected type, with the skipped stages
/// in <c>gateway.stage-skipped</c>. A type the gateway does not route is rejected.
/// </summary>
public sealed class RouteStage : IMessageStage
{
    private const string CanonicalJsonMediaType = "application/json";

    public string Name => PipelineStages.Route;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Documents.Count > 0)
        {
            foreach (var document in context.Documents)
            {
                if (DocumentKinds.FromMessageType(document.DocumentType) is not { } kind)
                {
                    Unsupported(context, document.DocumentType, "/documentType");
                    return ValueTask.CompletedTask;
                }

                context.Publications.Add(new BusMessage(
                    Topics.For(kind),
                    RoutingKeys.For(document) ?? context.Entry.MessageId.ToString(),
                    CanonicalJson.Write(document),
                    PublicationHeaders.For(context, document.DocumentType, CanonicalJsonMediaType)));
            }

            foreach (var split in context.Splits)
            {
                foreach (var package in split.Packages)
                {
                    context.Publications.Add(new BusMessage(
                        package.Agency.Topic,
                        split.Key ?? context.Entry.MessageId.ToString(),
                        JsonSerializer.SerializeToUtf8Bytes(split.DeliveryFor(package)),
                        PublicationHeaders.For(context, split.DocumentType, CanonicalJsonMediaType)));
                }
            }

            return ValueTask.CompletedTask;
        }

        var type = context.MessageType;
        if (DocumentKinds.FromMessageType(type) is not { } rawKind)
        {
            Unsupported(context, type, context.Detection.Format switch
            {
                MessageFormat.Edifact => "UNH/S009/0065",
                MessageFormat.Json => "/documentType",
                _ => type is null ? string.Empty : "/" + type,
            });
            return ValueTask.CompletedTask;
        }

        // Without the canonical document the entity is unknown: the interchange keeps its own order.
        var key = context.Detection.Interchange?.ToString() ?? context.Entry.MessageId.ToString();
        context.Publications.Add(new BusMessage(
            Topics.For(rawKind),
            key,
            context.Entry.Body,
            PublicationHeaders.For(context, type!, MediaTypeOf(context.Detection.Format))));
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The media type of the raw record: the format the content was detected as, not the client's
    /// <c>Content-Type</c>, which is only a hint (a plain <c>curl --data-binary</c> says form data).
    /// </summary>
    private static string? MediaTypeOf(MessageFormat format) => format switch
    {
        MessageFormat.Edifact => AckWriter.EdifactMediaType,
        MessageFormat.WcoXml or MessageFormat.Xml => AckWriter.XmlMediaType,
        MessageFormat.Json => AckWriter.JsonMediaType,
        _ => null,
    };

    private static void Unsupported(PipelineContext context, string? type, string location) =>
        context.Reject(new PipelineFinding(
            PipelineDiagnosticIds.UnsupportedMessageType,
            location,
            type is null
                ? "the message type could not be determined; the gateway routes declarations, cargo reports, passenger lists and permits"
                : $"message type '{type}' is not routed by the customs gateway (declarations, cargo reports, passenger lists and permits are)",
            SyntaxErrorCode: "14"));
}
