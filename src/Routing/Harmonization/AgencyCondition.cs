using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// One reason a document concerns an agency, as the catalogue states it: the document types it applies to
/// and criteria that must all hold. Item criteria (HS codes, procedure codes, document codes, UN numbers)
/// are evaluated per goods item; document criteria (declaration types, permit stages and issuers, a permit's
/// type) per document. A condition with no criterion concerns every document of its types.
/// </summary>
public sealed record AgencyCondition
{
    public required string Id { get; init; }

    /// <summary>Why the agency is concerned (legal or technical basis), shown with every split it causes.</summary>
    public required string Because { get; init; }

    /// <summary>The canonical document types (<c>declaration</c>, <c>cargoReport</c>, ...) the condition applies to.</summary>
    public required IReadOnlyList<string> DocumentTypes { get; init; }

    public IReadOnlyList<HsCodeRange> HsCodes { get; init; } = [];

    /// <summary>Requested or additional procedure codes (WCO DM 166) of a declaration's goods item.</summary>
    public IReadOnlyList<string> ProcedureCodes { get; init; } = [];

    /// <summary>LPCO codes, category + type (WCO DM D031 + D006): on the declaration or goods item, or a permit's type.</summary>
    public IReadOnlyList<string> DocumentCodes { get; init; } = [];

    /// <summary>UN numbers of dangerous goods (WCO DM 506) on the goods item.</summary>
    public IReadOnlyList<string> UnNumbers { get; init; } = [];

    /// <summary>Prefixes of the declaration type code (WCO DM D013): <c>IM</c>, <c>EX</c>, <c>CO</c>.</summary>
    public IReadOnlyList<string> DeclarationTypes { get; init; } = [];

    public IReadOnlyList<PermitStage> PermitStages { get; init; } = [];

    /// <summary>Catalogue agency ids that issue the permit.</summary>
    public IReadOnlyList<string> IssuingAgencies { get; init; } = [];
}
