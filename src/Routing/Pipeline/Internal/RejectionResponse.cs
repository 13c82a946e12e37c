using System.Globalization;
using System.Text;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;

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
        var text = Printable(withLocation && finding.Location.Length > 0 ? $"{finding.Message} (at {finding.Location})" : finding.Message);
        if (text.Length <= MaxDescriptionLength)
        {
            return text;
        }

        // Cut before a surrogate pair rather than through it: half a pair is no more XML than a control character.
        var kept = char.IsHighSurrogate(text[MaxDescriptionLength - 2]) ? MaxDescriptionLength - 2 : MaxDescriptionLength - 1;
        return string.Concat(text.AsSpan(0, kept), "…");
    }

    /// <summary>
    /// A finding may quote the offending input, control characters included (an XML parser's message names the byte it
    /// stopped at): those XML 1.0 cannot carry are told as <c>U+0018</c>, so that the rejection can always be written.
    /// </summary>
    private static string Printable(string text)
    {
        var bad = WcoXmlWriter.IndexOfUncarriable(text);
        if (bad < 0)
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 16);
        var rest = text.AsSpan();
        while (bad >= 0)
        {
            printable.Append(rest[..bad]).Append(CultureInfo.InvariantCulture, $"U+{(int)rest[bad]:X4}");
            rest = rest[(bad + 1)..];
            bad = WcoXmlWriter.IndexOfUncarriable(rest);
        }

        return printable.Append(rest).ToString();
    }
}
