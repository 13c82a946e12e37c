using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>What validation found in one message (UNH to UNT), as <see cref="EdifactInterchangeValidator"/> yields it.</summary>
public sealed record EdifactMessageValidation
{
    /// <summary>Header, trailer, counts and position of the message.</summary>
    public required EdifactMessageSummary Summary { get; init; }

    /// <summary>The directory the message was validated against, or null when it was validated at envelope level only (unknown directory, or <see cref="EdifactValidationLevel.Envelope"/>).</summary>
    public DirectoryId? Directory { get; init; }

    /// <summary>The findings from the message's UNH to its end (within the interchange's <see cref="EdifactReaderOptions.MaxDiagnostics"/>).</summary>
    public IReadOnlyList<EdifactDiagnostic> Diagnostics { get; init; } = [];

    /// <summary>The errors found in the message, including any beyond the diagnostic limit.</summary>
    public int ErrorCount { get; init; }

    /// <summary>True when the message has no error (the CONTRL UCM would acknowledge it).</summary>
    public bool IsValid => ErrorCount == 0;
}
