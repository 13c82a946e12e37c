namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// Syntax that stops reading: the input cannot be tokenized any further. Carries the position
/// and the CONTRL syntax error code (UN/EDIFACT data element 0085) that answers it.
/// </summary>
public sealed class EdifactSyntaxException : Exception
{
    /// <summary>Creates the exception.</summary>
    public EdifactSyntaxException(string diagnosticId, string message, int contrlCode, long byteOffset, int segmentIndex = 0)
        : base(message)
    {
        DiagnosticId = diagnosticId;
        ContrlCode = contrlCode;
        ByteOffset = byteOffset;
        SegmentIndex = segmentIndex;
    }

    /// <summary>The catalogue id of the finding (for example <c>EDI0001</c>).</summary>
    public string DiagnosticId { get; }

    /// <summary>The 0085 syntax error code.</summary>
    public int ContrlCode { get; }

    /// <summary>The absolute byte offset in the input.</summary>
    public long ByteOffset { get; }

    /// <summary>The 1-based segment index, or 0 before the first segment.</summary>
    public int SegmentIndex { get; }

    /// <summary>The finding as a diagnostic.</summary>
    public EdifactDiagnostic ToDiagnostic() => new(DiagnosticId, EdifactSeverity.Error, ContrlCode, Message)
    {
        SegmentIndex = SegmentIndex,
        ByteOffset = ByteOffset,
    };

    internal static EdifactSyntaxException InvalidServiceStringAdvice(long offset) =>
        new(EdifactDiagnostics.InvalidServiceStringAdvice.Id, EdifactDiagnostics.InvalidServiceStringAdvice.Message, EdifactDiagnostics.InvalidServiceStringAdvice.ContrlCode, offset);
}
