namespace UniPass.Gateway.Messages.Edifact;

/// <summary>How strictly an interchange is judged.</summary>
public enum EdifactReadMode
{
    /// <summary>ISO 9735 as written: every envelope fault is an error and the interchange is rejected.</summary>
    Strict = 0,

    /// <summary>
    /// Recovers what real partners send (wrong control counts, missing UNZ, empty UNH message
    /// type, line breaks inside or between segments, a line break used as segment terminator)
    /// and reports each recovery as a warning.
    /// </summary>
    Lenient = 1,
}
