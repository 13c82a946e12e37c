namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A coded or free-text statement (WCO DM 03A), optionally pointing at what it is about.</summary>
public sealed record AdditionalInformation
{
    [WcoId("226")]
    public string? StatementCode { get; init; }

    [WcoId("225")]
    public string? StatementDescription { get; init; }

    [WcoId("369")]
    public string? StatementTypeCode { get; init; }

    public IReadOnlyList<Pointer> Pointers { get; init => field = value ?? []; } = [];
}
