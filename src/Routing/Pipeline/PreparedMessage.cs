using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>A message whose stages have run: the records to publish, or the rejection to answer with.</summary>
public sealed class PreparedMessage
{
    internal PreparedMessage(PipelineContext context)
    {
        Context = context;
        OrderingKeys = context.IsRejected
            ? []
            : [.. context.Publications.Select(p => p.Key).OfType<string>().Distinct(StringComparer.Ordinal)];
    }

    public PipelineContext Context { get; }

    public OutboxEntry Entry => Context.Entry;

    /// <summary>
    /// The record keys the message publishes under: messages sharing one are published in intake order. A
    /// rejection publishes only its acknowledgement (keyed by the message itself) and orders against nothing.
    /// </summary>
    public IReadOnlyList<string> OrderingKeys { get; }

    public bool IsRejected => Context.IsRejected;
}
