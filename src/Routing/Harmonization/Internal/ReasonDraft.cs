namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>A condition that matched: the document-level values it matched, and each item it matched with that item's values.</summary>
internal sealed record ReasonDraft(AgencyCondition Condition, IReadOnlyDictionary<string, string> Matched, IReadOnlyList<(string Scope, IReadOnlyDictionary<string, string> Matched)> Items);
