namespace UniPass.Gateway.Messages.Wco;

/// <summary>How serious a <see cref="Diagnostic"/> is.</summary>
public enum DiagnosticSeverity
{
    Information,
    Warning,
    Error,
}
