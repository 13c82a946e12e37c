using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// A licence, permit, certificate or other document (LPCO) of an agency: the application a trader files
/// and the agency's decision. Declarations refer to it by <see cref="DocumentReference.Code"/> and id.
/// </summary>
public sealed record Permit : CanonicalDocument
{
    [JsonIgnore]
    public override string DocumentType => "permit";

    /// <summary>The permit number (WCO DM D005 as the declaration quotes it).</summary>
    [WcoId("D005")]
    public required string PermitId { get; init; }

    /// <summary>The LPCO type as declarations code it (category + type, e.g. <c>C640</c> veterinary entry document).</summary>
    [WcoId("D006")]
    public required string TypeCode { get; init; }

    /// <summary>The agency that issues it (an id from the agency catalogue, e.g. <c>veterinary</c>).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required string IssuingAgency { get; init; }

    public required PermitStage Stage { get; init; }

    /// <summary>The agency's decision code (e.g. approved, refused, conditional), for decisions.</summary>
    public string? DecisionCode { get; init; }

    public Party? Holder { get; init; }

    /// <summary>The declaration the permit is for, when known.</summary>
    public Lrn? DeclarationLrn { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateOnly? IssueDate { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateOnly? ExpiryDate { get; init; }

    public IReadOnlyList<PermitItem> Items { get; init => field = value ?? []; } = [];
}
