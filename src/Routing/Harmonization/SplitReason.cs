namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// Why a document concerns an agency: the catalogue condition that matched, the document-level values it
/// matched (<c>declarationType</c>, <c>permitStage</c>, <c>issuingAgency</c>, a permit's <c>documentCode</c>) and,
/// for conditions on items, each item it matched.
/// </summary>
public sealed record SplitReason(AgencyCondition Condition, IReadOnlyDictionary<string, string> Matched, IReadOnlyList<SplitMatch> Items);
