namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// One step of a WCO DM pointer (class 97A): the document section (WCO DM 375, the class's WCO id such
/// as <c>67A</c> GoodsShipment), the occurrence (006) and, for the last step, the tag (381).
/// </summary>
public sealed record Pointer
{
    [WcoId("006")]
    public int? SequenceNumber { get; init; }

    [WcoId("375")]
    public required string SectionCode { get; init; }

    [WcoId("381")]
    public string? TagId { get; init; }
}
