using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// Where and how a response interchange is written: its parties, references, syntax (identifier, version and
/// delimiters, as the partner writes them) and the directory of the response message.
/// </summary>
public sealed record EdifactResponseEnvelope
{
    /// <summary>UNB S002: the gateway.</summary>
    public required PartyIdentification Sender { get; init; }

    /// <summary>UNB S003: the partner answered.</summary>
    public required PartyIdentification Recipient { get; init; }

    /// <summary>UNB/UNZ 0020 (at most 14 characters).</summary>
    public required string ControlReference { get; init; }

    /// <summary>UNH/UNT 0062.</summary>
    public string MessageReference { get; init; } = "1";

    /// <summary>UNB S001 0001: the partner's syntax level.</summary>
    public SyntaxIdentifier Syntax { get; init; } = SyntaxIdentifier.Unoc;

    /// <summary>UNB S001 0002: the partner's syntax version (3 or 4).</summary>
    public SyntaxVersion Version { get; init; } = SyntaxVersion.V3;

    /// <summary>The partner's service characters, or null for the level's defaults.</summary>
    public EdifactDelimiters? Delimiters { get; init; }

    /// <summary>The directory the response message is written against (UNH S009), e.g. D.96B.</summary>
    public required DirectoryId Directory { get; init; }

    /// <summary>UNB S004: when the interchange is prepared.</summary>
    public required DateTimeOffset Prepared { get; init; }

    /// <summary>The reference of the message answered (UNH 0062), written as RFF+ACW; null when unknown.</summary>
    public string? AnsweredMessageReference { get; init; }

    /// <summary>UNB 0035: 1 when the answered interchange was a test.</summary>
    public string? TestIndicator { get; init; }

    /// <summary>
    /// The envelope answering <paramref name="answered"/>: sender and recipient swapped, the same syntax level,
    /// version and delimiters (made fit for the version, <see cref="EdifactDelimiters.ForVersion"/>), the test indicator echoed.
    /// </summary>
    public static EdifactResponseEnvelope Answering(InterchangeHeader answered, EdifactDelimiters delimiters, DirectoryId directory, string controlReference, DateTimeOffset prepared, string? answeredMessageReference)
    {
        ArgumentNullException.ThrowIfNull(answered);
        var syntax = SyntaxIdentifier.TryParse(System.Text.Encoding.ASCII.GetBytes(answered.SyntaxIdentifier), out var known) ? known : SyntaxIdentifier.Unoc;
        var version = answered.SyntaxVersion is SyntaxVersion.V4 ? SyntaxVersion.V4 : answered.SyntaxVersion is SyntaxVersion.Unknown ? SyntaxVersion.V3 : answered.SyntaxVersion;
        return new EdifactResponseEnvelope
        {
            Sender = answered.Recipient,
            Recipient = answered.Sender,
            ControlReference = controlReference,
            Syntax = syntax,
            Version = version,
            Delimiters = delimiters.ForVersion(version),
            Directory = directory,
            Prepared = prepared,
            AnsweredMessageReference = answeredMessageReference,
            TestIndicator = answered.IsTest ? "1" : null,
        };
    }
}
