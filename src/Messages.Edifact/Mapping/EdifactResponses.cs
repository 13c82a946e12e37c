using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// The response the gateway sends for a mapped message: accepted (WCO DM 017 function 01) when neither its
/// envelope nor its mapping found an error, otherwise rejected (03) with one error per error finding, each
/// with its id as code and its EDIFACT coordinates (and canonical pointer) as location.
/// </summary>
public static class EdifactResponses
{
    /// <summary>WCO DM 017: accepted.</summary>
    public const string Accepted = "01";

    /// <summary>WCO DM 017: rejected.</summary>
    public const string Rejected = "03";

    /// <summary>The response to <paramref name="message"/>, given the envelope findings of its interchange.</summary>
    public static Response For(EdifactMappingResult message, IEnumerable<EdifactDiagnostic> envelope, DateTimeOffset issued, string reference)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(envelope);
        var errors = envelope.Where(d => d.Severity == EdifactSeverity.Error)
            .Select(d => new ResponseError { Code = d.Id, Description = d.Message, Location = Coordinates(d) })
            .Concat(message.Diagnostics.Where(d => d.IsError)
                .Select(d => new ResponseError { Code = d.Id, Description = d.Message, Location = d.Pointer.Length == 0 ? d.Coordinates : $"{d.Coordinates} {d.Pointer}" }))
            .ToArray();
        return new Response
        {
            FunctionCode = errors.Length == 0 && message.Document is not null ? Accepted : Rejected,
            FunctionalReferenceId = reference,
            IssueDateTime = issued,
            Subject = SubjectOf(message.Document),
            Errors = errors,
        };
    }

    /// <summary>
    /// The findings of a judgement of the whole interchange (<see cref="EdifactInterchange.Validate(ReadOnlySpan{byte}, Validation.EdifactValidationOptions)"/>,
    /// envelope and structure) that concern <paramref name="message"/>: those in its own segments (UNH to UNT),
    /// and those in no message at all (the interchange's envelope), which concern every message.
    /// </summary>
    /// <param name="message">The mapped message.</param>
    /// <param name="judged">The judgement's findings.</param>
    /// <param name="messages">Every message of the interchange, as its read summarized them.</param>
    public static IEnumerable<EdifactDiagnostic> FindingsFor(EdifactMappingResult message, IEnumerable<EdifactDiagnostic> judged, IReadOnlyList<EdifactMessageSummary> messages)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(messages);
        var own = messages.FirstOrDefault(m => m.SegmentIndex == message.SegmentIndex);
        return judged.Where(d => own is not null && Within(d, own) || !messages.Any(m => Within(d, m)));
    }

    // A finding in a segment is placed by its segment index; one in no segment (a trailer missing at the end) by its byte offset.
    private static bool Within(EdifactDiagnostic d, EdifactMessageSummary m) => d.SegmentIndex > 0
        ? d.SegmentIndex >= m.SegmentIndex && d.SegmentIndex < m.SegmentIndex + Math.Max(1, m.SegmentCount)
        : d.ByteOffset >= m.ByteOffset && d.ByteOffset < m.ByteOffset + m.ByteLength;

    private static string Coordinates(EdifactDiagnostic d) =>
        d.SegmentTag is null ? $"{d.SegmentIndex}" : d.Element > 0 ? $"{d.SegmentIndex}({d.SegmentTag}):{d.Element}" : $"{d.SegmentIndex}({d.SegmentTag})";

    // What is answered: the declaration's LRN and MRN, the manifest number, the passenger list's number or flight.
    private static ResponseSubject? SubjectOf(CanonicalDocument? document) => document switch
    {
        Declaration d => new ResponseSubject { FunctionalReferenceId = d.Lrn.Value, Id = d.Id },
        CargoReport c => new ResponseSubject { FunctionalReferenceId = c.ManifestNumber },
        PassengerList p => new ResponseSubject { FunctionalReferenceId = p.DocumentId ?? p.Flight.ToString() },
        _ => null,
    };
}
