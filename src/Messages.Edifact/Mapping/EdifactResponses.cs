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
