using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>Detects the format from the content (UNA/UNB → EDIFACT, XML root namespace → WCO DM, JSON) and rejects what is none of them.
/// XML outside a WCO namespace goes on: the WCO reader knows transport wrappers and documentation-style XML, and reports what it cannot read.</summary>
public sealed class DetectStage : IMessageStage
{
    public string Name => PipelineStages.Detect;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var detection = FormatDetector.Detect(context.Entry.Body.Span);
        context.Detection = detection;
        context.MessageType ??= detection.MessageType;
        context.Record(TimelineSteps.Detected, detection.MessageType is null ? detection.Format.ToName() : detection.Format.ToName() + " " + detection.MessageType);
        if (detection.Format == MessageFormat.Unknown)
        {
            context.Reject(new PipelineFinding(PipelineDiagnosticIds.UnknownFormat, string.Empty, "the content is neither UN/EDIFACT (UNA or UNB first), XML nor JSON"));
        }

        return ValueTask.CompletedTask;
    }
}
