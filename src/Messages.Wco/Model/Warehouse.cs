namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A customs warehouse (WCO DM 98A).</summary>
public sealed record Warehouse
{
    [WcoId("L019")]
    public string? Id { get; init; }

    [WcoId("L112")]
    public string? TypeCode { get; init; }
}
