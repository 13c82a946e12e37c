namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// One error of a response (WCO DM 04B Error): its code, text, and where: the WCO pointer steps and,
/// for errors the gateway found itself, the canonical location (JSON pointer or XML path).
/// </summary>
public sealed record ResponseError
{
    /// <summary>Error code (WCO DM 377; our diagnostics' stable ids, or an agency's validation code).</summary>
    [WcoId("377")]
    public required string Code { get; init; }

    /// <summary>What is wrong, in words (WCO DM 488 error description).</summary>
    [WcoId("488")]
    public string? Description { get; init; }

    public IReadOnlyList<Pointer> Pointers { get; init => field = value ?? []; } = [];

    /// <summary>The location as the gateway's diagnostic gave it, when the error is the gateway's.</summary>
    public string? Location { get; init; }
}
