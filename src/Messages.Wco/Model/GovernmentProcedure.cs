namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A customs procedure (WCO DM 82A): requested (current) and previous, or an additional procedure code.</summary>
public sealed record GovernmentProcedure
{
    [WcoId("166")]
    public required string CurrentCode { get; init; }

    [WcoId("161")]
    public string? PreviousCode { get; init; }
}
