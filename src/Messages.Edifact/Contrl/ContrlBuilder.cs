using System.Buffers;
using UniPass.Gateway.Messages.Edifact.Contrl.Internal;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>
/// Builds the CONTRL (syntax and service report message, ISO 9735-1 and the CONTRL message of the
/// service directories D:3 and 4:1) that answers a subject interchange, from what validation found
/// in it: <see cref="Decide"/> works out the report, <see cref="Write"/> writes it with
/// <see cref="EdifactWriter"/>, <see cref="Build"/> does both.
/// </summary>
/// <remarks>
/// <para>
/// The CONTRL is written in the subject's syntax version, from the subject's recipient to its
/// sender (qualifiers and routing addresses swapped with them). UCI echoes UNB 0020, S002 and S003
/// with action 4, 7 or 8 and the first envelope error; UCF answers each group, UCM each message
/// (0062 and S009 echoed) with a UCS per erroneous segment (0096, UNH = 1) and a UCD per erroneous
/// data element. A level whose parent is rejected is listed only when it has errors of its own: the
/// parent's action 4 already rejects it.
/// </para>
/// <para>
/// No CONTRL answers a CONTRL message (an interchange of them gets none; one that also holds other
/// messages is answered for those alone), an interchange without a readable UNB, or one whose sender
/// did not ask for it (UNB 0031: 1, or in version 4 2 for a receipt, UCI action 8) unless
/// <see cref="ContrlOptions.Sending"/> says otherwise.
/// </para>
/// </remarks>
public sealed class ContrlBuilder
{
    private const string ContrlType = "CONTRL";
    private const string MessageReference = "1";

    // Repeats of the CONTRL segment table (schemas/edifact/un-d-3.txt and un-4-1.txt): SG1/SG3/SG4
    // 999999, SG2/SG5 (UCS) 999 per message, UCD 99 per segment.
    private const int MaxResponses = 999_999;
    private const int MaxSegmentErrors = 999;
    private const int MaxElementErrors = 99;

    private static readonly string[] InterchangeSegments = ["UNA", "UNB", "UNZ"];
    private static readonly string[] GroupSegments = ["UNG", "UNE"];
    private static readonly string[] MessageSegments = ["UNH", "UNT"];

    private readonly TimeProvider _timeProvider;
    private readonly IControlReferenceGenerator _references;
    private readonly DirectoryCatalog? _catalog;

    /// <param name="options">What to answer and how.</param>
    /// <param name="timeProvider">The clock for UNB S004 (UTC; CCYYMMDD in version 4, YYMMDD before).</param>
    /// <param name="references">Issues the CONTRL's interchange control reference.</param>
    /// <param name="catalog">The directories, to tell simple data elements from composites in S011; null to trust the diagnostics.</param>
    public ContrlBuilder(ContrlOptions options, TimeProvider timeProvider, IControlReferenceGenerator references, DirectoryCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(references);
        Options = options;
        _timeProvider = timeProvider;
        _references = references;
        _catalog = catalog;
    }

    public ContrlOptions Options { get; }

    /// <summary>The CONTRL interchange for <paramref name="subject"/>, or null when none is to be sent.</summary>
    public byte[]? Build(EdifactValidationResult subject)
    {
        var report = Decide(subject);
        if (report is null)
        {
            return null;
        }

        var output = new ArrayBufferWriter<byte>();
        Write(report, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>What the CONTRL for <paramref name="subject"/> says, or null when none is to be sent.</summary>
    public ContrlReport? Decide(EdifactValidationResult subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var header = subject.Interchange;
        if (Options.Sending == ContrlSending.Never || header is null || header.Sender.Id.Length == 0 || header.Recipient.Id.Length == 0)
        {
            return null;
        }

        // ISO 9735-1: a CONTRL message shall not be answered by a CONTRL message (no endless exchange).
        // An interchange of CONTRLs gets none; one that also holds other messages is answered for those
        // alone (see IsAnswered).
        if (IsContrlOnly(subject))
        {
            return null;
        }

        if (Options.Sending == ContrlSending.OnRequest && !header.AcknowledgementRequested)
        {
            return null;
        }

        var version = subject.Version is >= SyntaxVersion.V1 and <= SyntaxVersion.V4 ? subject.Version
            : header.SyntaxVersion is >= SyntaxVersion.V1 and <= SyntaxVersion.V4 ? header.SyntaxVersion
            : SyntaxVersion.V3;
        var placement = new DiagnosticPlacement(subject, ContrlSegments.IsIdentifiable, IsAnswered, g => g.MessageGroupId != ContrlType);
        if (!placement.HasErrors && !Options.AcknowledgeAccepted)
        {
            return null;
        }

        var locator = new ErrorLocator(_catalog, version);
        ContrlError? error = placement.Interchange.Count > 0 ? locator.Service(placement.Interchange[0], InterchangeSegments)
            : placement.HasUnplacedErrors ? new ContrlError(ErrorLocator.UnspecifiedError)
            : null;
        var rejected = error is not null || (Options.RejectInterchangeOnAnyError && placement.HasErrors);
        var action = rejected ? ContrlAction.Rejected
            : (Options.ReceivedOnly || header.ReceiptRequested) && !placement.HasErrors ? ContrlAction.Received
            : ContrlAction.Acknowledged;

        var messages = new List<ContrlMessageResponse>();
        var groups = new List<ContrlGroupResponse>();
        if (action != ContrlAction.Received)
        {
            // Messages outside groups are answered in SG1 only when there are no groups: the CONTRL holds SG1
            // or SG3, not both (version 4 note D4(0030,0080); version 3: SG1 "only used if the subject
            // interchange does not contain functional groups"). Mixing them rejects the interchange (EDI0021, UCI).
            for (var m = 0; m < subject.Messages.Count && messages.Count < MaxResponses && subject.Groups.Count == 0; m++)
            {
                if (placement.IsAnswered(m) && Respond(subject, placement, locator, m, rejected) is { } response)
                {
                    messages.Add(response);
                }
            }

            for (var g = 0; g < subject.Groups.Count && groups.Count < MaxResponses; g++)
            {
                if (placement.IsAnsweredGroup(g) && RespondGroup(subject, placement, locator, g, rejected) is { } response)
                {
                    groups.Add(response);
                }
            }
        }

        // A UNA before version 4 that names a repetition separator (EDI0011), or one of version 4 with a
        // space in position 5: the CONTRL's UNA is written as its version has it.
        var subjectDelimiters = subject.Delimiters.ForVersion(version);

        var (syntax, delimiters) = EchoedValues.ChooseSyntax(
            header.SyntaxIdentifier, version, Options.UseSubjectDelimiters ? subjectDelimiters : null, Echoed(header, groups, messages, version));
        return new ContrlReport
        {
            Subject = header,
            Syntax = syntax,
            Delimiters = delimiters,
            Version = version,
            Action = action,
            Error = error,
            Groups = groups,
            Messages = messages,
        };
    }

    /// <summary>Writes the CONTRL interchange <paramref name="report"/> describes into <paramref name="output"/>.</summary>
    public void Write(ContrlReport report, IBufferWriter<byte> output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var version = report.Version;
        var v4 = version == SyntaxVersion.V4;
        var writerOptions = new EdifactWriterOptions
        {
            Syntax = report.Syntax,
            Version = version,
            Delimiters = report.Delimiters,
            AlwaysWriteServiceStringAdvice = Options.AlwaysWriteServiceStringAdvice,
            LineBreakAfterSegment = Options.LineBreakAfterSegment,
        };
        var contrl = new ContrlSegments(report.Syntax, writerOptions.EffectiveDelimiters, version);
        var subject = report.Subject;
        var now = _timeProvider.GetUtcNow();
        using var writer = new EdifactWriter(output, writerOptions);
        writer.WriteInterchangeHeader(new InterchangeHeader
        {
            SyntaxIdentifier = string.Empty,
            SyntaxVersion = SyntaxVersion.Unknown,
            Sender = contrl.Carried(EchoedValues.Sender(subject.Recipient, version)),
            Recipient = contrl.Carried(EchoedValues.Recipient(subject.Sender, version)),
            Date = now.ToString(v4 ? "yyyyMMdd" : "yyMMdd", System.Globalization.CultureInfo.InvariantCulture),
            Time = now.ToString("HHmm", System.Globalization.CultureInfo.InvariantCulture),
            ControlReference = _references.Next(),
            TestIndicator = subject.IsTest ? "1" : null,
        });

        // CONTRL D:3:UN answers versions 1-3, CONTRL 4:1:UN version 4 (service directories D.3 and 4.1).
        writer.WriteMessageHeader(new MessageHeader
        {
            Reference = MessageReference,
            Type = ContrlType,
            Version = v4 ? "4" : "D",
            Release = v4 ? "1" : "3",
            ControllingAgency = "UN",
        });
        contrl.WriteInterchangeResponse(writer, report);
        foreach (var message in report.Messages)
        {
            contrl.WriteMessageResponse(writer, message);
        }

        foreach (var group in report.Groups)
        {
            contrl.WriteGroupResponse(writer, group);
            foreach (var message in group.Messages)
            {
                contrl.WriteMessageResponse(writer, message);
            }
        }

        writer.WriteMessageTrailer();
        writer.WriteInterchangeTrailer();
    }

    private static ContrlGroupResponse? RespondGroup(EdifactValidationResult subject, DiagnosticPlacement placement, ErrorLocator locator, int group, bool parentRejected)
    {
        var errors = placement.Group(group);
        var rejected = parentRejected || errors.Count > 0;
        var messages = new List<ContrlMessageResponse>();
        foreach (var m in placement.MessagesOf(group))
        {
            if (messages.Count < MaxResponses && placement.IsAnswered(m) && Respond(subject, placement, locator, m, rejected) is { } response)
            {
                messages.Add(response);
            }
        }

        if (parentRejected && errors.Count == 0 && messages.Count == 0)
        {
            return null;
        }

        ContrlError? error = errors.Count > 0 ? locator.Service(errors[0], GroupSegments) : null;
        return new ContrlGroupResponse(subject.Groups[group], rejected ? ContrlAction.Rejected : ContrlAction.Acknowledged, error, messages);
    }

    private static ContrlMessageResponse? Respond(EdifactValidationResult subject, DiagnosticPlacement placement, ErrorLocator locator, int index, bool parentRejected)
    {
        var errors = placement.Message(index);
        if ((parentRejected && errors.Count == 0) || !placement.IsIdentifiable(index))
        {
            // A message a UCM cannot name has its errors reported with its group or interchange.
            return null;
        }

        var message = subject.Messages[index];
        ContrlError? error = null;

        // Per position: the UCS with the element errors (UCD), then one more UCS for every further
        // error of the segment as a whole (two mandatory segments missing at one place are two errors).
        var segments = new SortedDictionary<int, List<(int? Code, List<ContrlError> Elements)>>();
        var count = 0;
        foreach (var diagnostic in errors)
        {
            // The first error in UNH or UNT is the message's own (UCM 0085, 0013, S011); the others go to
            // UCS/UCD. A segment-table finding revealed at UNT (a mandatory segment missing before it) is
            // about the message body, not about UNT.
            if (error is null && ErrorLocator.TagOf(diagnostic) is "UNH" or "UNT" && !IsMissingSegment(diagnostic))
            {
                error = locator.Service(diagnostic, MessageSegments, message.Header);
                continue;
            }

            var position = Position(diagnostic, message);
            if (!segments.TryGetValue(position, out var entries))
            {
                entries = [(null, [])];
                segments[position] = entries;
                count++;
            }

            var located = locator.Element(diagnostic, message.Header);
            if (located.ElementPosition > 0)
            {
                if (entries[0].Elements.Count < MaxElementErrors && !entries[0].Elements.Contains(located))
                {
                    entries[0].Elements.Add(located);
                }
            }
            else if (entries[0].Code is null)
            {
                entries[0] = (located.Code, entries[0].Elements);
            }
            else if (IsMissingSegment(diagnostic) || !entries.Any(e => e.Code == located.Code))
            {
                entries.Add((located.Code, []));
                count++;
            }

            if (count >= MaxSegmentErrors)
            {
                break;
            }
        }

        var rejected = parentRejected || errors.Count > 0;
        return new ContrlMessageResponse(
            message.Header,
            rejected ? ContrlAction.Rejected : ContrlAction.Acknowledged,
            error,
            segments.SelectMany(s => s.Value.Select(e => new ContrlSegmentError(s.Key, e.Code, e.Elements))).ToArray());
    }

    /// <summary>
    /// ISO 9735 CONTRL 0096: the position in the message, UNH being 1. For a missing segment or group
    /// it is the last segment processed before the position where it was expected: the segment before
    /// the one that revealed it, unless the message ended without UNT and its last segment revealed it.
    /// </summary>
    private static int Position(EdifactDiagnostic diagnostic, EdifactMessageSummary message)
    {
        var position = diagnostic.MessageSegmentIndex > 0 ? diagnostic.MessageSegmentIndex : diagnostic.SegmentIndex - message.SegmentIndex + 1;
        var revealedByLast = message.Trailer is null && position == message.SegmentCount;
        if (IsMissingSegment(diagnostic) && !revealedByLast)
        {
            position--;
        }

        return Math.Max(1, position);
    }

    /// <summary>A message a CONTRL may answer: any but a CONTRL.</summary>
    private static bool IsAnswered(MessageHeader message) => message.Type != ContrlType;

    /// <summary>
    /// True when the interchange holds CONTRL messages and nothing else (messages beyond those the result
    /// kept are taken to be like them): no CONTRL answers it.
    /// </summary>
    private static bool IsContrlOnly(EdifactValidationResult subject) =>
        subject.Messages.Count > 0
        && subject.Messages.All(m => !IsAnswered(m.Header))
        && subject.Groups.All(g => g.MessageGroupId == ContrlType);

    private static bool IsMissingSegment(EdifactDiagnostic diagnostic) =>
        diagnostic.Id == EdifactDiagnostics.MissingSegment.Id || diagnostic.Id == EdifactDiagnostics.MissingSegmentGroup.Id;

    /// <summary>Every value the CONTRL copies from the subject, for the choice of a syntax level that carries them.</summary>
    private static List<string> Echoed(InterchangeHeader header, List<ContrlGroupResponse> groups, List<ContrlMessageResponse> messages, SyntaxVersion version)
    {
        var values = new List<string> { header.ControlReference };
        values.AddRange(EchoedValues.Strings(EchoedValues.Sender(header.Sender, version)));
        values.AddRange(EchoedValues.Strings(EchoedValues.Recipient(header.Recipient, version)));
        values.AddRange(EchoedValues.Strings(EchoedValues.Sender(header.Recipient, version)));
        values.AddRange(EchoedValues.Strings(EchoedValues.Recipient(header.Sender, version)));
        foreach (var message in messages.Concat(groups.SelectMany(g => g.Messages)))
        {
            values.AddRange(ContrlSegments.Strings(message.Message, version));
        }

        foreach (var group in groups)
        {
            values.AddRange(ContrlSegments.Strings(group.Group, version));
        }

        return values;
    }
}
