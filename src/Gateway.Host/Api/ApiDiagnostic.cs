namespace UniPass.Gateway.Host.Api;

/// <summary>
/// One finding in a problem document, read like a compiler's: a stable id, severity, where it is
/// (a header, a query parameter, a byte offset, a segment position, an XML path or a JSON pointer) and what is wrong.
/// </summary>
public sealed record ApiDiagnostic(string Id, string Severity, string Location, string Message)
{
    public const string Error = "error";
}
