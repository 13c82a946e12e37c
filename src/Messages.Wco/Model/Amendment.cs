namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>An amendment of a declaration (WCO DM 06A): why, and what it points at.</summary>
public sealed record Amendment
{
    [WcoId("099")]
    public required string ChangeReasonCode { get; init; }

    public IReadOnlyList<Pointer> Pointers { get; init => field = value ?? []; } = [];
}
