namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>The EDIFACT syntax of an interchange: UNB S001 0001 and 0002.</summary>
/// <param name="Identifier">The syntax identifier (for example <c>UNOC</c>); empty when no UNB was read.</param>
/// <param name="Version">The syntax version number (1-4; 0 when not known).</param>
internal sealed record SyntaxReport(string Identifier, int Version)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Identifier}:{Version}";
}
