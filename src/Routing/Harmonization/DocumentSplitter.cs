using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Harmonization.Internal;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// Splits canonical documents for the agencies as the <see cref="AgencyCatalogue"/> says (DESIGN §4): the
/// common core, and one package per concerned agency with only the fields unique to it, restricted to the
/// items that concern it. Deterministic: the same document and catalogue give the same split, byte for byte.
/// Thread-safe; the catalogue is read only.
/// </summary>
public sealed class DocumentSplitter(AgencyCatalogue catalogue)
{
    public AgencyCatalogue Catalogue { get; } = catalogue ?? throw new ArgumentNullException(nameof(catalogue));

    /// <summary>True when the catalogue splits documents of <paramref name="documentType"/>.</summary>
    public bool CanSplit(string documentType) => Catalogue.Shape(documentType) is not null;

    /// <exception cref="ArgumentException">The catalogue does not split this document type (see <see cref="CanSplit"/>).</exception>
    public SplitResult Split(CanonicalDocument document, string? messageId = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var shape = Catalogue.Shape(document.DocumentType)
            ?? throw new ArgumentException($"The agency catalogue does not split {document.DocumentType} documents.", nameof(document));

        var json = (JsonObject)JsonSerializer.SerializeToNode(document, CanonicalJsonContext.Default.CanonicalDocument)!;
        var concerns = ConcernEvaluator.Evaluate(Catalogue, document);
        var projection = new Projection(Catalogue, shape, concerns);
        projection.Run(json);

        List<SplitReason> Reasons(Agency agency) => [.. concerns.Reasons[agency.Index]
            .Select(r => new SplitReason(r.Condition, r.Matched, [.. r.Items.Select(i => new SplitMatch(ItemReference.For(json, shape.Root, i.Scope), i.Matched))]))];

        var packages = new List<AgencyPackage>(projection.Packages.Count);
        for (var p = 0; p < projection.Packages.Count; p++)
        {
            var agency = projection.Packages[p];
            var reasons = Reasons(agency);
            var fromCommon = projection.FromCommon[p].Select(a => shape.Atoms[a].Pattern).ToList();
            packages.Add(new AgencyPackage(agency, reasons, projection.Items[p], fromCommon, projection.FromCommonFields[p], projection.Fields[p]));
        }

        return new SplitResult(Catalogue.Version, document.DocumentType, RoutingKeys.For(document), messageId, projection.Common, packages, Reasons(Catalogue.CommonCore));
    }
}
