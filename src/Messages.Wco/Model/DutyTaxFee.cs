namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A duty, tax or fee of a goods item (WCO DM 50A) with its payment (94A).</summary>
public sealed record DutyTaxFee
{
    [WcoId("113")]
    public string? TypeCode { get; init; }

    /// <summary>Preference (WCO DM 164).</summary>
    [WcoId("164")]
    public string? DutyRegimeCode { get; init; }

    [WcoId("129")]
    public Quantity? SpecificTaxBase { get; init; }

    [WcoId("107")]
    public string? PaymentMethodCode { get; init; }

    [WcoId("120")]
    public Amount? TaxAssessed { get; init; }

    [WcoId("378")]
    public Amount? Payment { get; init; }
}
