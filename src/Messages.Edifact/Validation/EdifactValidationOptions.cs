using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>How an interchange is validated: the reading options, the level, and a partner's agreements.</summary>
public sealed record EdifactValidationOptions
{
    /// <summary>Default options: strict reading, structure level, code lists checked.</summary>
    public static EdifactValidationOptions Default { get; } = new();

    /// <summary>Strict or lenient reading and the byte budgets.</summary>
    public EdifactReaderOptions Reader { get; init; } = EdifactReaderOptions.Strict;

    /// <summary>Envelope only, or structure (the default).</summary>
    public EdifactValidationLevel Level { get; init; } = EdifactValidationLevel.Structure;

    /// <summary>
    /// Check coded values of the message's own segments against the directory's code lists
    /// (default true). Many partners agree on codes of their own, so this is per partner; the
    /// service segments (UNB, UNG, UNH, UNT, UNE, UNZ, UNS) are always checked against the
    /// service directory.
    /// </summary>
    public bool CheckCodeLists { get; init; } = true;

    /// <summary>
    /// The directory to validate every message against, whatever UNH S009 names (a partner's
    /// configuration); null to select each message's directory from UNH S009 (and UNG S008/0051).
    /// </summary>
    public DirectoryId? Directory { get; init; }

    /// <summary>
    /// The directories known; null for <see cref="DirectoryCatalog.CreateDefault"/>. Share one
    /// catalog across validations: it loads each directory once.
    /// </summary>
    public DirectoryCatalog? Catalog { get; init; }

    /// <summary>
    /// The severity of a DTM value that does not match its format qualifier 2379 (default warning:
    /// 2380 is an..35 in every directory, so the value is syntactically sound; the qualifier is the
    /// sender's statement about it).
    /// </summary>
    public EdifactSeverity DateTimeSeverity { get; init; } = EdifactSeverity.Warning;

    /// <summary>
    /// At most this many message summaries are kept in a result (default 10,000);
    /// <see cref="EdifactValidationResult.MessageCount"/> counts them all. Stream per-message
    /// results with <see cref="EdifactInterchangeValidator"/> to keep none.
    /// </summary>
    public int MaxRetainedMessages { get; init; } = 10_000;
}
