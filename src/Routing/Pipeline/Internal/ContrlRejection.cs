using System.Globalization;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Contrl;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>
/// The CONTRL that rejects an interchange the pipeline refused (UCI action 4, ISO 9735-1), built by
/// <see cref="ContrlBuilder"/> in the interchange's own syntax version from what validation found
/// (<see cref="PipelineContext.Edifact"/>: each structure error in its message's UCM, UCS and UCD; an
/// interchange rejected before validation is read again, leniently, so that only what really stops
/// it is added). Each further pipeline finding becomes a diagnostic at the position its EDIFACT location names (<c>UNB/S002/0004</c>: UCI 0013/S011;
/// <c>UNH/S009/0065</c>: the first message's UCM), and the whole interchange is rejected.
/// </summary>
internal sealed class ContrlRejection
{
    // ISO 9735-1 0085 code 12 "Invalid value" when a finding names no more precise code.
    private const int InvalidValue = 12;

    private static readonly ContrlOptions Options = new()
    {
        Sending = ContrlSending.Always,
        RejectInterchangeOnAnyError = true,
        AlwaysWriteServiceStringAdvice = true,
    };

    private readonly DirectoryCatalog _catalog;

    public ContrlRejection(DirectoryCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>The CONTRL, or null when none may be sent: the subject is itself a CONTRL (ISO 9735-1 never answers one).</summary>
    public byte[]? Write(PipelineContext context, Guid ackId, DateTimeOffset now)
    {
        var subject = context.Edifact ?? EdifactInterchange.Validate(context.Entry.Body.Span, EdifactReaderOptions.Lenient);
        var header = Header(subject, context);
        subject = subject with
        {
            Interchange = header,
            Version = subject.Version == SyntaxVersion.Unknown ? header.SyntaxVersion : subject.Version,
            Diagnostics = [.. subject.Diagnostics, .. Findings(context, subject)],
        };
        var builder = new ContrlBuilder(Options, new FixedClock(now), new AckControlReference(ackId), _catalog);
        return builder.Build(subject);
    }

    /// <summary>The subject's UNB; where it could not be read, what detection found (or the partner) stands in, so the rejection can still be addressed.</summary>
    private static InterchangeHeader Header(EdifactValidationResult subject, PipelineContext context)
    {
        var key = context.Detection.Interchange;
        var read = subject.Interchange;
        if (read is not null && read.Sender.Id.Length > 0 && read.Recipient.Id.Length > 0)
        {
            return read;
        }

        var sender = key?.Sender is { Length: > 0 } s ? new PartyIdentification(s, key.Value.SenderQualifier) : new PartyIdentification(context.Entry.PartnerId);
        var recipient = key?.Recipient is { Length: > 0 } r ? new PartyIdentification(r) : new PartyIdentification("UNIPASS");
        return (read ?? new InterchangeHeader
        {
            SyntaxIdentifier = SyntaxIdentifier.Unoc.Code,
            SyntaxVersion = SyntaxVersion.V3,
            Sender = sender,
            Recipient = recipient,
            Date = string.Empty,
            Time = string.Empty,
            ControlReference = key?.ControlReference ?? string.Empty,
        }) with
        {
            Sender = read?.Sender.Id.Length > 0 ? read.Sender : sender,
            Recipient = read?.Recipient.Id.Length > 0 ? read.Recipient : recipient,
        };
    }

    /// <summary>The pipeline's findings as diagnostics; one of the EDIFACT validation that the re-read also found is not repeated.</summary>
    private IEnumerable<EdifactDiagnostic> Findings(PipelineContext context, EdifactValidationResult subject)
    {
        var any = false;
        foreach (var finding in context.Findings)
        {
            any = true;
            if (subject.Diagnostics.Any(d => d.Id == finding.Id && d.Severity == EdifactSeverity.Error))
            {
                continue;
            }

            var code = int.TryParse(finding.SyntaxErrorCode, NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : InvalidValue;
            yield return Locate(new EdifactDiagnostic(finding.Id, EdifactSeverity.Error, code, finding.Message), finding.Location, subject);
        }

        if (!any)
        {
            // A rejection always names its reason; should one not, the CONTRL still rejects.
            yield return new EdifactDiagnostic(string.Empty, EdifactSeverity.Error, InvalidValue, "the interchange was rejected");
        }
    }

    /// <summary>
    /// Places a diagnostic at an EDIFACT location written as <c>TAG/ELEMENT[/COMPONENT]</c> with
    /// directory ids (<c>UNB/S002/0004</c>), using the service directory's segment layouts; anything
    /// else stays at the interchange as a whole.
    /// </summary>
    private EdifactDiagnostic Locate(EdifactDiagnostic diagnostic, string location, EdifactValidationResult subject)
    {
        var parts = location.Split('/');
        if (parts.Length is < 2 or > 3 || parts[0].Length != 3 || !parts[0].StartsWith("UN", StringComparison.Ordinal)
            || !_catalog.TryGet(subject.Version == SyntaxVersion.V4 ? DirectoryCatalog.ServiceVersion4 : DirectoryCatalog.ServiceVersion3, out var service)
            || !service.Segments.TryGetValue(parts[0], out var segment))
        {
            return diagnostic;
        }

        var element = IndexOf(segment.Elements, parts[1]);
        var component = element > 0 && parts.Length == 3 && service.Composites.TryGetValue(parts[1], out var composite) ? IndexOf(composite.Components, parts[2]) : 0;
        var (segmentIndex, messageSegmentIndex) = parts[0] switch
        {
            "UNB" => (subject.Interchange is null ? 0 : 1, 0),
            "UNZ" => (subject.InterchangeTrailer?.SegmentIndex ?? 0, 0),
            "UNG" => (subject.Groups.Count > 0 ? subject.Groups[0].SegmentIndex : 0, 0),

            // The pipeline knows one message type, the first message's.
            "UNH" => (subject.Messages.Count > 0 ? subject.Messages[0].SegmentIndex : 0, 1),
            _ => (0, 0),
        };
        if (segmentIndex == 0 || element == 0)
        {
            return diagnostic;
        }

        return diagnostic with { SegmentIndex = segmentIndex, MessageSegmentIndex = messageSegmentIndex, SegmentTag = parts[0], Element = element, Component = component };
    }

    private static int IndexOf(IReadOnlyList<ElementReference> references, string id)
    {
        for (var i = 0; i < references.Count; i++)
        {
            if (references[i].Id == id)
            {
                return i + 1;
            }
        }

        return 0;
    }
}
