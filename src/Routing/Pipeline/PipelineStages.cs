namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>The stage names, as they appear in timelines, metrics and the <c>gateway.stage-skipped</c> header.</summary>
public static class PipelineStages
{
    public const string Detect = "detect";
    public const string Authorize = "authorize";
    public const string Validate = "validate";
    public const string Harmonize = "harmonize";
    public const string Split = "split";
    public const string Route = "route";
}
