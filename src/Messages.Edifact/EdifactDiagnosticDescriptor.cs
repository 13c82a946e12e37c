using System.Globalization;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// One entry of the diagnostic catalogue (<see cref="EdifactDiagnostics"/>): a stable id, a
/// message template, the default severity and the CONTRL syntax error code (data element 0085).
/// </summary>
/// <param name="Id">Stable id, for example <c>EDI0013</c>; never reused for another finding.</param>
/// <param name="MessageTemplate">A composite format string (<c>{0}</c>, <c>{1}</c>) for the message.</param>
/// <param name="ContrlCode">The 0085 syntax error code (ISO 9735-1 annex / UN service code list).</param>
/// <param name="DefaultSeverity">The severity in strict reading.</param>
/// <param name="RecoveredWhenLenient">True when lenient reading recovers from the fault and reports it as a warning.</param>
public sealed record EdifactDiagnosticDescriptor(string Id, string MessageTemplate, int ContrlCode, EdifactSeverity DefaultSeverity, bool RecoveredWhenLenient = false)
{
    /// <summary>The severity under <paramref name="mode"/>.</summary>
    public EdifactSeverity SeverityIn(EdifactReadMode mode) =>
        mode == EdifactReadMode.Lenient && RecoveredWhenLenient && DefaultSeverity == EdifactSeverity.Error ? EdifactSeverity.Warning : DefaultSeverity;

    /// <summary>The message with no arguments filled in.</summary>
    public string Message => MessageTemplate;

    /// <summary>Formats the message template with <paramref name="args"/>.</summary>
    public string Format(params object?[] args) => string.Format(CultureInfo.InvariantCulture, MessageTemplate, args);
}
