using UniPass.Gateway.Messages.Edifact;

namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>
/// <c>inspect</c>'s envelope tree: the interchange (UNB/UNZ), its functional groups (UNG) with
/// their messages, the messages outside groups (UNH/UNT), and the findings of a lenient read.
/// </summary>
internal sealed record InspectReport
{
    public required string File { get; init; }

    public required string Format { get; init; }

    /// <summary>The UNB header (and UNZ trailer), or null when none was read.</summary>
    public InterchangeReport? Interchange { get; init; }

    /// <summary>The functional groups, each with its messages.</summary>
    public IReadOnlyList<GroupReport> Groups { get; init; } = [];

    /// <summary>The messages that are not in a group.</summary>
    public IReadOnlyList<MessageReport> Messages { get; init; } = [];

    /// <summary>What the lenient read found (validate judges strictly).</summary>
    public IReadOnlyList<DiagnosticReport> Diagnostics { get; init; } = [];

    public static InspectReport From(string file, string format, EdifactValidationResult result)
    {
        var messages = result.Messages.Select(m => (m.GroupReference, Report: MessageReport.From(m))).ToArray();
        return new InspectReport
        {
            File = file,
            Format = format,
            Interchange = result.Interchange is null ? null : InterchangeReport.From(result.Interchange, result.Delimiters, result.InterchangeTrailer),
            Groups = result.Groups
                .Select(g => GroupReport.From(g, messages.Where(m => m.GroupReference == g.Reference).Select(m => m.Report).ToArray()))
                .ToArray(),
            Messages = messages.Where(m => m.GroupReference is null).Select(m => m.Report).ToArray(),
            Diagnostics = result.Diagnostics.Select(DiagnosticReport.From).ToArray(),
        };
    }
}

/// <summary>UNB (ISO 9735-1 §8): syntax, parties, preparation, control reference and the optional service data; and UNZ.</summary>
internal sealed record InterchangeReport
{
    public required SyntaxReport Syntax { get; init; }

    /// <summary>S001 0080 (version 4), or null.</summary>
    public string? ServiceCodeListDirectoryVersion { get; init; }

    /// <summary>S001 0133 (version 4), or null.</summary>
    public string? CharacterEncoding { get; init; }

    public required PartyReport Sender { get; init; }

    public required PartyReport Recipient { get; init; }

    /// <summary>S004 0017 as written (YYMMDD; CCYYMMDD in version 4).</summary>
    public required string Date { get; init; }

    /// <summary>S004 0019 as written (HHMM).</summary>
    public required string Time { get; init; }

    /// <summary>0020.</summary>
    public required string ControlReference { get; init; }

    /// <summary>0026, or null.</summary>
    public string? ApplicationReference { get; init; }

    /// <summary>0029, or null.</summary>
    public string? ProcessingPriority { get; init; }

    /// <summary>0031 as written, or null.</summary>
    public string? AcknowledgementRequest { get; init; }

    /// <summary>True when 0031 is 1.</summary>
    public bool AcknowledgementRequested { get; init; }

    /// <summary>0032, or null.</summary>
    public string? AgreementIdentifier { get; init; }

    /// <summary>0035 as written, or null.</summary>
    public string? TestIndicator { get; init; }

    /// <summary>True when 0035 is 1.</summary>
    public bool Test { get; init; }

    public required DelimitersReport Delimiters { get; init; }

    /// <summary>UNZ, or null when missing.</summary>
    public TrailerReport? Trailer { get; init; }

    // S005 (recipient reference/password) is left out on purpose: it is a password.
    public static InterchangeReport From(InterchangeHeader header, EdifactDelimiters delimiters, EnvelopeTrailer? trailer) => new()
    {
        Syntax = new SyntaxReport(header.SyntaxIdentifier, (int)header.SyntaxVersion),
        ServiceCodeListDirectoryVersion = header.ServiceCodeListDirectoryVersion,
        CharacterEncoding = header.CharacterEncoding,
        Sender = PartyReport.From(header.Sender),
        Recipient = PartyReport.From(header.Recipient),
        Date = header.Date,
        Time = header.Time,
        ControlReference = header.ControlReference,
        ApplicationReference = header.ApplicationReference,
        ProcessingPriority = header.ProcessingPriority,
        AcknowledgementRequest = header.AcknowledgementRequest,
        AcknowledgementRequested = header.AcknowledgementRequested,
        AgreementIdentifier = header.AgreementIdentifier,
        TestIndicator = header.TestIndicator,
        Test = header.IsTest,
        Delimiters = DelimitersReport.From(delimiters),
        Trailer = TrailerReport.From(trailer),
    };
}

/// <summary>A party: identification, code qualifier (0007), (reverse) routing address and internal identification.</summary>
internal sealed record PartyReport(string Id, string? Qualifier, string? Routing, string? InternalId)
{
    public static PartyReport From(PartyIdentification party) => new(party.Id, party.Qualifier, party.Routing, party.InternalId);

    public static PartyReport? FromOptional(PartyIdentification? party) => party is null ? null : From(party);
}

/// <summary>The service characters in force (ISO 9735-1 §7.1), and the UNA that states them.</summary>
internal sealed record DelimitersReport(string ServiceStringAdvice, string Component, string Element, string Decimal, string? Release, string? Repetition, string Segment)
{
    public static DelimitersReport From(EdifactDelimiters delimiters) => new(
        delimiters.ToString(),
        Character(delimiters.Component),
        Character(delimiters.Element),
        Character(delimiters.Decimal),
        delimiters.Release is { } release ? Character(release) : null,
        delimiters.Repetition is { } repetition ? Character(repetition) : null,
        Character(delimiters.Segment));

    private static string Character(byte value) => ((char)value).ToString();
}

/// <summary>A trailer (UNZ, UNE, UNT): the control count and reference as written.</summary>
internal sealed record TrailerReport(string Tag, int? ControlCount, string Reference, int SegmentIndex)
{
    public static TrailerReport? From(EnvelopeTrailer? trailer) =>
        trailer is null ? null : new TrailerReport(trailer.Tag, trailer.ControlCount, trailer.Reference, trailer.SegmentIndex);
}

/// <summary>UNG (ISO 9735-1 §8) and the messages of the group.</summary>
internal sealed record GroupReport
{
    /// <summary>0048.</summary>
    public required string Reference { get; init; }

    /// <summary>0038 (the message type in the group), or null.</summary>
    public string? MessageGroupId { get; init; }

    public PartyReport? ApplicationSender { get; init; }

    public PartyReport? ApplicationRecipient { get; init; }

    public string? Date { get; init; }

    public string? Time { get; init; }

    /// <summary>0051, or null.</summary>
    public string? ControllingAgency { get; init; }

    /// <summary>S008 0052, or null.</summary>
    public string? MessageVersion { get; init; }

    /// <summary>S008 0054, or null.</summary>
    public string? MessageRelease { get; init; }

    /// <summary>1-based segment index of the UNG.</summary>
    public int SegmentIndex { get; init; }

    public IReadOnlyList<MessageReport> Messages { get; init; } = [];

    public static GroupReport From(GroupHeader group, IReadOnlyList<MessageReport> messages) => new()
    {
        Reference = group.Reference,
        MessageGroupId = group.MessageGroupId,
        ApplicationSender = PartyReport.FromOptional(group.ApplicationSender),
        ApplicationRecipient = PartyReport.FromOptional(group.ApplicationRecipient),
        Date = group.Date,
        Time = group.Time,
        ControllingAgency = group.ControllingAgency,
        MessageVersion = group.MessageVersion,
        MessageRelease = group.MessageRelease,
        SegmentIndex = group.SegmentIndex,
        Messages = messages,
    };
}
