namespace UniPass.Gateway.Routing.Intake;

/// <summary>The names of timeline steps, in the order a message normally passes them.</summary>
public static class TimelineSteps
{
    public const string Received = "received";
    public const string Detected = "detected";
    public const string Validated = "validated";
    public const string Harmonized = "harmonized";
    public const string Split = "split";
    public const string Published = "published";

    /// <summary>The accepted interchange was answered with a positive acknowledgement (CONTRL), published on <c>gateway.acks</c>.</summary>
    public const string Acknowledged = "acknowledged";
    public const string StageSkipped = "stage-skipped";
    public const string Routed = "routed";
    public const string Rejected = "rejected";
    public const string RetryScheduled = "retry-scheduled";

    /// <summary>The message waits for an earlier message with the same routing key (which failed or waits itself).</summary>
    public const string Held = "held";
    public const string DeadLettered = "dead-lettered";
    public const string Answered = "answered";
}
