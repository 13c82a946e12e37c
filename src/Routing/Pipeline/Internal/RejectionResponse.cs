using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>
/// The canonical WCO Data Model response (RES) that rejects a submission: function code 03 (rejected), the message
/// id as the response's functional reference, one error per finding with its validation code, text and location.
/// The XML and JSON acknowledgements both write this one document.
/// </summary>
internal static class RejectionResponse
{
    // WCO DM 017 response function (UK CDS code list): 03 = rejected.
    private const string FunctionRejected = "03";

    // WCO DM 488 error description: an..512 in the RES schema.
    private const int MaxDescriptionLength = 512;

    /// <param name="locationInDescription">
    /// True for WCO DM XML, whose Error has no member for the gateway's location (its Pointer names WCO classes, not
    /// XML paths): the location is then told in the description. Canonical JSON carries it as <c>location</c>.
    /// </param>
    public static Response Build(PipelineContext context, DateTimeOffset now, bool locationInDescription) => new()
    {
        FunctionCode = FunctionRejected,

        // WCO DM D026 is an..35: the message id without hyphens (32 hexadecimal digits).
        FunctionalReferenceId = context.Entry.MessageId.ToString("N"),
        IssueDateTime = now,
        Errors = context.Findings.Select(f => new ResponseError
        {
            Code = f.Id,
            Description = Describe(f, locationInDescription),
            Location = f.Location.Length == 0 ? null : f.Location,
        }).ToList(),
    };

    private static string Describe(PipelineFinding finding, bool withLocation)
    {
        var text = withLocation && finding.Location.Length > 0 ? $"{finding.Message} (at {finding.Location})" : finding.Message;
        return text.Length <= MaxDescriptionLength ? text : string.Concat(text.AsSpan(0, MaxDescriptionLength - 1), "…");
    }
}
