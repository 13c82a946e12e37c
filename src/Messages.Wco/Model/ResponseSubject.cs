namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>What a response answers (WCO RES Declaration class).</summary>
public sealed record ResponseSubject
{
    [WcoId("D026")]
    public string? FunctionalReferenceId { get; init; }

    [WcoId("D014")]
    public string? Id { get; init; }

    /// <summary>The declaration's version the response answers (WCO DM 383).</summary>
    [WcoId("383")]
    public string? VersionId { get; init; }

    [WcoId("023")]
    public DateTimeOffset? AcceptanceDateTime { get; init; }
}
