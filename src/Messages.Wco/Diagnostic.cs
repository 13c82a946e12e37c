namespace UniPass.Gateway.Messages.Wco;

/// <summary>
/// One finding about a WCO DM XML or canonical JSON document, read like a compiler's: a stable id
/// (<c>WCO0001</c>, <c>JSN0001</c>, <c>BUS0001</c>), a severity, where (an XPath-like pointer for XML,
/// a JSON pointer for JSON and the canonical model) and, when known, the line and column.
/// </summary>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Pointer, string Message, int Line = 0, int Column = 0)
{
    /// <summary>True for findings that make the document unusable.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString() =>
        Line > 0 ? $"{Id} {Severity.ToString().ToLowerInvariant()} at {Pointer} ({Line}:{Column}): {Message}" : $"{Id} {Severity.ToString().ToLowerInvariant()} at {Pointer}: {Message}";
}
