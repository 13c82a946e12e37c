namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>What <c>validate</c> found in one file; one object of the JSON array.</summary>
internal sealed record FileReport
{
    /// <summary>The file as named on the command line.</summary>
    public required string File { get; init; }

    /// <summary>True when the file was read and no finding is an error.</summary>
    public required bool Valid { get; init; }

    /// <summary>The detected format (<c>edifact</c>, <c>wco-xml</c>, <c>xml</c>, <c>json</c>, <c>unknown</c>).</summary>
    public required string Format { get; init; }

    /// <summary>How deep validation went (<c>envelope</c> or <c>structure</c>).</summary>
    public required string Level { get; init; }

    /// <summary>The EDIFACT syntax in force, or null for other formats.</summary>
    public SyntaxReport? Syntax { get; init; }

    /// <summary>The messages (EDIFACT UNH..UNT) or the document (XML, JSON) read.</summary>
    public IReadOnlyList<MessageReport> Messages { get; init; } = [];

    /// <summary>
    /// The number of messages in the file: <see cref="Messages"/> lists at most the first
    /// <see cref="Messages.Edifact.Validation.EdifactValidationOptions.MaxRetainedMessages"/> of a large interchange; this counts them all.
    /// </summary>
    public int MessageCount { get; init; }

    /// <summary>Every finding kept, in input order.</summary>
    public IReadOnlyList<DiagnosticReport> Diagnostics { get; init; } = [];

    /// <summary>The number of error findings (kept ones).</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == DiagnosticReport.Error);

    /// <summary>The number of warning findings (kept ones).</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == DiagnosticReport.Warning);

    /// <summary>Findings beyond the reader's limit that were counted but not kept.</summary>
    public int SuppressedDiagnostics { get; init; }

    /// <summary>Why the file could not be read (missing, unreadable), or null.</summary>
    public string? Error { get; init; }
}
