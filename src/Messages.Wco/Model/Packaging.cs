namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Packages of a goods item (WCO DM 93A).</summary>
public sealed record Packaging
{
    [WcoId("006")]
    public int? SequenceNumber { get; init; }

    [WcoId("142")]
    public string? MarksNumbers { get; init; }

    [WcoId("144")]
    public int? Quantity { get; init; }

    /// <summary>UN/ECE Recommendation 21 package type (WCO DM 141).</summary>
    [WcoId("141")]
    public string? TypeCode { get; init; }
}
