using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// What conditions look at on one document, taken from the typed model: its document-level codes and its
/// items. <see cref="Scopes"/> lists the canonical JSON pointer of every item scope element (for cargo reports
/// the consignments as well as their items), in document order.
/// </summary>
internal sealed record DocumentFacts(
    string DocumentType,
    string? DeclarationType,
    PermitStage? PermitStage,
    string? IssuingAgency,
    string? PermitType,
    IReadOnlyList<ItemFacts> Items,
    IReadOnlyList<string> Scopes)
{
    public static DocumentFacts Of(CanonicalDocument document) => document switch
    {
        Declaration d => OfDeclaration(d),
        CargoReport c => OfCargoReport(c),
        Permit p => OfPermit(p),
        _ => new DocumentFacts(document.DocumentType, null, null, null, null, [], []),
    };

    // Collections are empty by default, but canonical JSON without the member can leave them null: read them null-safe.
    private static IReadOnlyList<T> Of<T>(IReadOnlyList<T>? list) => list ?? [];

    private static DocumentFacts OfDeclaration(Declaration declaration)
    {
        // A document quoted at declaration level covers every goods item (UK CDS DE 2/3 at header level).
        var headerDocuments = Of(declaration.AdditionalDocuments).Select(d => d.Code).ToList();
        var items = Of(declaration.GoodsItems).Select((item, i) => new ItemFacts(
            SplitDocumentPointers.GoodsItem(i),
            null,
            item.CommodityCode,
            [.. Of(item.Procedures).Select(p => p.CurrentCode)],
            [.. headerDocuments, .. Of(item.AdditionalDocuments).Select(d => d.Code)],
            [.. Of(item.DangerousGoods).Select(g => g.UnNumber)])).ToList();
        return new DocumentFacts(declaration.DocumentType, declaration.TypeCode, null, null, null, items, [.. items.Select(i => i.Pointer)]);
    }

    private static DocumentFacts OfCargoReport(CargoReport report)
    {
        var items = new List<ItemFacts>();
        var scopes = new List<string>();
        for (var c = 0; c < Of(report.Consignments).Count; c++)
        {
            var consignment = SplitDocumentPointers.Consignment(c);
            scopes.Add(consignment);
            var consignmentItems = Of(report.Consignments[c].Items);
            for (var j = 0; j < consignmentItems.Count; j++)
            {
                var item = consignmentItems[j];
                var pointer = SplitDocumentPointers.ConsignmentItem(c, j);
                scopes.Add(pointer);
                items.Add(new ItemFacts(pointer, consignment, item.CommodityCode, [], [], [.. Of(item.DangerousGoods).Select(g => g.UnNumber)]));
            }
        }

        return new DocumentFacts(report.DocumentType, null, null, null, null, items, scopes);
    }

    private static DocumentFacts OfPermit(Permit permit)
    {
        var items = Of(permit.Items).Select((item, i) => new ItemFacts(SplitDocumentPointers.PermitItem(i), null, item.CommodityCode, [], [], [])).ToList();
        return new DocumentFacts(permit.DocumentType, null, permit.Stage, permit.IssuingAgency, permit.TypeCode, items, [.. items.Select(i => i.Pointer)]);
    }
}
