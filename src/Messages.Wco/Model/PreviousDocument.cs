namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A previous document (WCO DM 02B): e.g. the entry summary declaration or the transport document the goods arrived under.</summary>
public sealed record PreviousDocument
{
    [WcoId("D031")]
    public string? CategoryCode { get; init; }

    [WcoId("D019")]
    public string? TypeCode { get; init; }

    [WcoId("D018")]
    public required string Id { get; init; }

    [WcoId("171")]
    public int? LineNumber { get; init; }
}
