using System.Diagnostics;
using UniPass.Gateway.Routing.Bus;

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
            [BusHeaders.TraceParent] = TraceParent(),
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

    /// <summary>W3C Trace Context <c>traceparent</c> (version 00) of the current activity, or of a new trace when none is recorded.</summary>
    public static string TraceParent()
    {
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity)
        {
            return activity.Id!;
        }

        return $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01";
    }
}
