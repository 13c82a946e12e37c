namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>
/// Why a message is rejected, read like a compiler's diagnostic: a stable id, where (segment/element
/// position, XML path or JSON pointer) and what.
/// </summary>
/// <param name="Id">Stable id (<c>GTW0001</c>, <c>JSN0004</c>, <c>EDI0012</c> ...).</param>
/// <param name="Location">Where: EDIFACT coordinates, an XML path or a JSON pointer; empty for the whole message.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="SyntaxErrorCode">ISO 9735 data element 0085 (syntax error, coded) for a CONTRL, when the finding is EDIFACT syntax.</param>
public sealed record PipelineFinding(string Id, string Location, string Message, string? SyntaxErrorCode = null)
{
    public override string ToString() => Location.Length == 0 ? $"{Id}: {Message}" : $"{Id} at {Location}: {Message}";
}
