namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>The stage names, as they appear in timelines, metrics and the <c>gateway.stage-skipped</c> header.</summary>
public static class PipelineStages
{
    public const string Detect = "detect";
    public const string Authorize = "authorize";

    /// <summary>The authorization of the identities inside the documents (declarant ids), after harmonization.</summary>
    public const string AuthorizeDocuments = "authorize-documents";
    public const string Validate = "validate";
    public const string Harmonize = "harmonize";
    public const string Split = "split";
    public const string Route = "route";
}
