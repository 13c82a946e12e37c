using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Maps the message to canonical documents. Canonical JSON already is canonical; the EDIFACT and WCO
/// DM XML mappings are not part of this build, so the stage is skipped for them (the raw message is
/// routed with <c>gateway.stage-skipped</c>).
/// </summary>
public sealed class HarmonizeStage : IMessageStage
{
    public string Name => PipelineStages.Harmonize;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Documents.Count > 0)
        {
            context.Record(TimelineSteps.Harmonized, string.Join(',', context.Documents.Select(d => d.DocumentType)));
        }
        else
        {
            context.Skip(Name, $"no mapping from {context.Detection.Format} to the canonical model in this build");
        }

        return ValueTask.CompletedTask;
    }
}
