namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>The common/OGA split. Not part of this build: skipped, visibly, so no agency package is published yet.</summary>
public sealed class SplitStage : IMessageStage
{
    public string Name => PipelineStages.Split;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        context.Skip(Name, "the OGA split is not available in this build");
        return ValueTask.CompletedTask;
    }
}
