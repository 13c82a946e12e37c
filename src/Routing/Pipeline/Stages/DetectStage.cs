using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>Detects the format from the content (UNA/UNB → EDIFACT, XML root namespace → WCO DM, JSON) and rejects what is none of them.</summary>
public sealed class DetectStage : IMessageStage
{
    public string Name => PipelineStages.Detect;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var detection = FormatDetector.Detect(context.Entry.Body.Span);
        context.Detection = detection;
        context.MessageType ??= detection.MessageType;
        context.Record(TimelineSteps.Detected, detection.MessageType is null ? detection.Format.ToName() : detection.Format.ToName() + " " + detection.MessageType);
        switch (detection.Format)
        {
            case MessageFormat.Unknown:
                context.Reject(new PipelineFinding(PipelineDiagnosticIds.UnknownFormat, string.Empty, "the content is neither UN/EDIFACT (UNA or UNB first), XML nor JSON"));
                break;
            case MessageFormat.Xml:
                var root = detection.MessageType is null ? string.Empty : "/" + detection.MessageType;
                context.Reject(new PipelineFinding(
                    PipelineDiagnosticIds.UnsupportedXml,
                    root,
                    detection.MessageType is null
                        ? "the XML document element could not be read (not well-formed, or a DTD)"
                        : $"the document element is in namespace '{detection.XmlNamespace}', not a WCO Data Model namespace (urn:wco:datamodel:...)"));
                break;
        }

        return ValueTask.CompletedTask;
    }
}
