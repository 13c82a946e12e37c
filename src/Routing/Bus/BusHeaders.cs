namespace UniPass.Gateway.Routing.Bus;

/// <summary>The header names every published record may carry (values are UTF-8 text).</summary>
public static class BusHeaders
{
    /// <summary>The gateway's tracking id of the message the record came from; consumers de-duplicate by it.</summary>
    public const string MessageId = "message-id";

    /// <summary>The partner that sent the message.</summary>
    public const string Partner = "partner";

    /// <summary>W3C Trace Context (https://www.w3.org/TR/trace-context/) of the processing that published the record.</summary>
    public const string TraceParent = "traceparent";

    /// <summary>The message type (<c>CUSDEC</c>, <c>declaration</c> ...).</summary>
    public const string MessageType = "message-type";

    /// <summary>The media type of the value.</summary>
    public const string ContentType = "content-type";

    /// <summary>The stages that were not run on this record (comma-separated), when the value is not (fully) processed.</summary>
    public const string StageSkipped = "gateway.stage-skipped";

    /// <summary>Why a record went to the dead-letter topic.</summary>
    public const string DeadLetterReason = "gateway.deadletter-reason";
}
