namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>Data element 0083 "Action, coded": what the recipient did with a level of the subject interchange (ISO 9735-1 service code list).</summary>
public enum ContrlAction
{
    /// <summary>4: this level and all lower levels rejected; one or more errors are reported at this or a lower level.</summary>
    Rejected = 4,

    /// <summary>7: this level acknowledged, lower levels acknowledged unless explicitly rejected in this CONTRL.</summary>
    Acknowledged = 7,

    /// <summary>8: interchange received; only receipt is acknowledged (UCI only).</summary>
    Received = 8,
}
