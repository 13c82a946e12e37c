using System.Text.Json.Nodes;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// One item a condition matched: the item's reference (the keys from the document down to it, e.g.
/// <c>{"goodsItems":[{"sequenceNumber":3}]}</c>) and the values that matched (<c>hsCode</c>, <c>procedureCode</c>,
/// <c>documentCode</c>, <c>unNumber</c>).
/// </summary>
public sealed record SplitMatch(JsonObject Item, IReadOnlyDictionary<string, string> Matched);
