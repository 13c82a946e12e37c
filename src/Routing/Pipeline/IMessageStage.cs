namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>
/// One step of the pipeline. A stage reads and extends the <see cref="PipelineContext"/>: it records
/// what it did, rejects with findings (validation findings are not exceptions), or marks itself skipped
/// when it cannot handle the format yet. Exceptions mean "could not process" and are judged by the
/// outbox's error policy (transient → retry, else dead-letter after the last attempt).
/// </summary>
public interface IMessageStage
{
    /// <summary>The stage's name (<see cref="PipelineStages"/>).</summary>
    string Name { get; }

    ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken);
}
