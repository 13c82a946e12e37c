namespace UniPass.Gateway.Messages.Edifact;

/// <summary>How much a finding matters.</summary>
public enum EdifactSeverity
{
    /// <summary>Noted; the interchange is fine.</summary>
    Info = 0,

    /// <summary>A fault that was recovered from (lenient reading) or that does not reject the interchange.</summary>
    Warning = 1,

    /// <summary>The interchange (or message) is rejected.</summary>
    Error = 2,
}
