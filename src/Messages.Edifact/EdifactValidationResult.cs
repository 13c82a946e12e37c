using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>What validation found in one interchange: at the syntax and envelope levels and, when asked, against the messages' directories.</summary>
public sealed record EdifactValidationResult
{
    /// <summary>True when no diagnostic is an error.</summary>
    public bool IsValid => !Diagnostics.Any(d => d.Severity == EdifactSeverity.Error) && !HasSuppressedErrors;

    /// <summary>The level the interchange was validated at.</summary>
    public EdifactValidationLevel Level { get; init; }

    /// <summary>The syntax identifier in force (default when none was read).</summary>
    public SyntaxIdentifier Syntax { get; init; }

    /// <summary>The syntax version in force.</summary>
    public SyntaxVersion Version { get; init; }

    /// <summary>The delimiters in force.</summary>
    public EdifactDelimiters Delimiters { get; init; } = EdifactDelimiters.Default;

    /// <summary>The UNB header, or null when missing.</summary>
    public InterchangeHeader? Interchange { get; init; }

    /// <summary>The UNZ trailer, or null when missing.</summary>
    public EnvelopeTrailer? InterchangeTrailer { get; init; }

    /// <summary>The functional groups (UNG), in order.</summary>
    public IReadOnlyList<GroupHeader> Groups { get; init; } = [];

    /// <summary>The messages, in order: at most <see cref="EdifactValidationOptions.MaxRetainedMessages"/> of them.</summary>
    public IReadOnlyList<EdifactMessageSummary> Messages { get; init; } = [];

    /// <summary>The number of messages in the interchange, kept in <see cref="Messages"/> or not.</summary>
    public int MessageCount { get; init; }

    /// <summary>Every finding, in input order (at most <see cref="EdifactReaderOptions.MaxDiagnostics"/>).</summary>
    public IReadOnlyList<EdifactDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>Findings beyond the limit that were counted but not kept.</summary>
    public int SuppressedDiagnostics { get; init; }

    /// <summary>True when some suppressed finding was an error.</summary>
    internal bool HasSuppressedErrors { get; init; }

    /// <summary>The number of segments read (UNA not counted).</summary>
    public int SegmentCount { get; init; }
}
