using System.Globalization;
using System.Text;
using System.Xml;
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
        var text = Printable(withLocation && finding.Location.Length > 0 ? $"{finding.Message} (at {finding.Location})" : finding.Message);
        return text.Length <= MaxDescriptionLength ? text : string.Concat(text.AsSpan(0, MaxDescriptionLength - 1), "…");
    }

    /// <summary>
    /// A finding may quote the offending input, control characters included (an XML parser's message names the byte it
    /// stopped at): those XML 1.0 cannot carry are told as <c>U+0018</c>, so that the rejection can always be written.
    /// </summary>
    private static string Printable(string text)
    {
        var bad = FirstUncarried(text, 0);
        if (bad < 0)
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 16);
        var from = 0;
        while (bad >= 0)
        {
            printable.Append(text, from, bad - from).Append(CultureInfo.InvariantCulture, $"U+{(int)text[bad]:X4}");
            from = bad + 1;
            bad = FirstUncarried(text, from);
        }

        return printable.Append(text, from, text.Length - from).ToString();
    }

    private static int FirstUncarried(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                continue;
            }

            if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                i++;
                continue;
            }

            return i;
        }

        return -1;
    }
}
