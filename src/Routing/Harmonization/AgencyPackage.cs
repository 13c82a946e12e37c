using System.Text.Json.Nodes;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// What one concerned agency gets from a split: why it is concerned, which items concern it, and only the
/// fields unique to it. Everything else it needs is in the common core: <see cref="FromCommon"/> names those
/// fields, <see cref="FromCommonFields"/> holds them, restricted to the agency's items. The JSON objects are
/// the split's own; do not modify them (the <c>ToJson</c> methods of <see cref="SplitResult"/> return copies).
/// </summary>
public sealed class AgencyPackage
{
    internal AgencyPackage(Agency agency, IReadOnlyList<SplitReason> reasons, JsonObject items, IReadOnlyList<string> fromCommon, JsonObject fromCommonFields, JsonObject fields)
    {
        Agency = agency;
        Reasons = reasons;
        Items = items;
        FromCommon = fromCommon;
        FromCommonFields = fromCommonFields;
        Fields = fields;
    }

    public Agency Agency { get; }

    /// <summary>The conditions that matched, in catalogue order.</summary>
    public IReadOnlyList<SplitReason> Reasons { get; }

    /// <summary>The keys of the items that concern the agency, shaped like the document (<c>{"goodsItems":[{"sequenceNumber":1}]}</c>).</summary>
    public JsonObject Items { get; }

    /// <summary>The fields (pointer patterns) the agency needs that the split put in the common core.</summary>
    public IReadOnlyList<string> FromCommon { get; }

    /// <summary>The part of the common core the agency needs: the <see cref="FromCommon"/> fields of the document and of its items.</summary>
    public JsonObject FromCommonFields { get; }

    /// <summary>The fields only this agency needs, on its items, each array element carrying its key.</summary>
    public JsonObject Fields { get; }
}
