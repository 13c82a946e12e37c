namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A container or other equipment (WCO DM 31B) with its seals (44B).</summary>
public sealed record TransportEquipment
{
    [WcoId("006")]
    public int? SequenceNumber { get; init; }

    /// <summary>Equipment identification, e.g. the ISO 6346 container number (WCO DM 159).</summary>
    [WcoId("159")]
    public required string Id { get; init; }

    /// <summary>Size and type (ISO 6346 code, WCO DM 152).</summary>
    [WcoId("152")]
    public string? SizeTypeCode { get; init; }

    /// <summary>Seal numbers (WCO DM 165).</summary>
    [WcoId("165")]
    public IReadOnlyList<string> Seals { get; init => field = value ?? []; } = [];
}
