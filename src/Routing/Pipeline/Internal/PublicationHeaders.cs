using System.Diagnostics;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>The headers every record published for a message carries.</summary>
internal static class PublicationHeaders
{
    public static Dictionary<string, string> For(PipelineContext context, string messageType, string? contentType)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [BusHeaders.MessageId] = context.Entry.MessageId.ToString(),
            [BusHeaders.Partner] = context.Entry.PartnerId,
            [BusHeaders.TraceParent] = TraceParent(context.Entry),
            [BusHeaders.MessageType] = messageType,
        };
        if (contentType is not null)
        {
            headers[BusHeaders.ContentType] = contentType;
        }

        if (context.SkippedStages.Count > 0)
        {
            headers[BusHeaders.StageSkipped] = string.Join(',', context.SkippedStages);
        }

        return headers;
    }

    /// <summary>
    /// W3C Trace Context <c>traceparent</c> (version 00, https://www.w3.org/TR/trace-context/#traceparent-header)
    /// of every record of the message: the intake span stored with it, so the records continue the sender's trace
    /// with the intake span as their parent. A message stored without one (before trace capture, or by a
    /// transport that records none) gets a trace derived from its id: still one trace per message, the same on
    /// every record and every retry, marked not sampled (flags 00) because no span of it was recorded.
    /// </summary>
    public static string TraceParent(OutboxEntry entry)
    {
        if (entry.TraceParent is { } stored && IntakeTracing.IsTraceParent(stored))
        {
            return stored;
        }

        Span<byte> id = stackalloc byte[16];
        entry.MessageId.TryWriteBytes(id, bigEndian: true, out _);
        var traceId = ActivityTraceId.CreateFromBytes(id);
        var spanId = ActivitySpanId.CreateFromBytes(id[8..]);
        return $"00-{traceId.ToHexString()}-{spanId.ToHexString()}-00";
    }
}
