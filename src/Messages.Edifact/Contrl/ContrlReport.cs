namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>
/// What a CONTRL says about a subject interchange, decided by <see cref="ContrlBuilder.Decide"/>
/// before anything is written: the UCI (action and first envelope error), the groups (UCF) and
/// the messages (UCM with UCS/UCD).
/// </summary>
public sealed record ContrlReport
{
    /// <summary>The subject interchange's UNB: its 0020, S002 and S003 are echoed in UCI; the CONTRL goes from its recipient to its sender.</summary>
    public required InterchangeHeader Subject { get; init; }

    /// <summary>The syntax identifier the CONTRL is written in (the subject's when it can carry the echoed values).</summary>
    public required SyntaxIdentifier Syntax { get; init; }

    /// <summary>The CONTRL's service characters: the subject's when the level admits them, or null for the level's defaults.</summary>
    public EdifactDelimiters? Delimiters { get; init; }

    /// <summary>The syntax version of the CONTRL: the subject's (CONTRL D:3 for versions 1-3, CONTRL 4:1 for version 4).</summary>
    public required SyntaxVersion Version { get; init; }

    /// <summary>UCI 0083.</summary>
    public required ContrlAction Action { get; init; }

    /// <summary>The first interchange-level (UNA, UNB, UNZ or whole-interchange) error, or null.</summary>
    public ContrlError? Error { get; init; }

    /// <summary>The answers for the groups (SG3), when the subject has groups.</summary>
    public IReadOnlyList<ContrlGroupResponse> Groups { get; init; } = [];

    /// <summary>The answers for messages outside groups (SG1).</summary>
    public IReadOnlyList<ContrlMessageResponse> Messages { get; init; } = [];

    /// <summary>True when nothing in the subject was found in error.</summary>
    public bool IsPositive => Action != ContrlAction.Rejected && Error is null
        && Messages.All(m => m.Action != ContrlAction.Rejected)
        && Groups.All(g => g.Action != ContrlAction.Rejected && g.Messages.All(m => m.Action != ContrlAction.Rejected));
}
