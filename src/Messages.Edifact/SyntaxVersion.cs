namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// The syntax version number of an interchange (UNB S001/0002, ISO 9735).
/// </summary>
public enum SyntaxVersion
{
    /// <summary>Not (yet) known: no UNB has been read.</summary>
    Unknown = 0,

    /// <summary>ISO 9735:1988.</summary>
    V1 = 1,

    /// <summary>ISO 9735:1990 amendment 1.</summary>
    V2 = 2,

    /// <summary>ISO 9735:1990 amendment 1 (1992), the most common version in customs traffic.</summary>
    V3 = 3,

    /// <summary>ISO 9735:1998/2002 (repetition separator, UNOW/UNOY, explicit indication).</summary>
    V4 = 4,
}
