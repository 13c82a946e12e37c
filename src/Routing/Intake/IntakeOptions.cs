namespace UniPass.Gateway.Routing.Intake;

/// <summary>Intake settings (configuration section <c>Intake</c>).</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>
    /// How long an EDIFACT interchange (UNB sender + recipient + control reference, ISO 9735-1 §7.1
    /// S002/S003/0020) counts as a duplicate of an earlier one. Default 30 days.
    /// </summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Largest body the store accepts, in bytes (the transports enforce it before reading). Default 16 MiB.</summary>
    public int MaxBodyBytes { get; set; } = 16 * 1024 * 1024;
}
