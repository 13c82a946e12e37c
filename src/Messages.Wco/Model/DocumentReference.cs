using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// An additional document a declaration or goods item refers to (WCO DM 02A), including licences,
/// permits, certificates and other LPCO.
/// </summary>
public sealed record DocumentReference
{
    [WcoId("D031")]
    public string? CategoryCode { get; init; }

    [WcoId("D006")]
    public string? TypeCode { get; init; }

    [WcoId("D005")]
    public string? Id { get; init; }

    [WcoId("D028")]
    public string? Name { get; init; }

    /// <summary>Why no LPCO is presented, or its status (WCO DM 360).</summary>
    [WcoId("360")]
    public string? LpcoExemptionCode { get; init; }

    /// <summary>Quantity written off the licence by this item (WCO DM 502).</summary>
    [WcoId("502")]
    public Quantity? WriteOffQuantity { get; init; }

    /// <summary>The document code as the EU/UK code lists write it: category followed by type (e.g. <c>N935</c>, <c>C640</c>).</summary>
    [JsonIgnore]
    public string Code => (CategoryCode ?? string.Empty) + (TypeCode ?? string.Empty);
}
