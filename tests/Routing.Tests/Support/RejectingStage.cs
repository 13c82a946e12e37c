using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>A stage that rejects every message with the given finding.</summary>
internal sealed class RejectingStage(PipelineFinding finding) : IMessageStage
{
    public string Name => "reject";

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        context.Reject(finding);
        return ValueTask.CompletedTask;
    }
}
