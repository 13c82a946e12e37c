using System.Text.Json.Nodes;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// One canonical document split for the agencies: the common core (every field the common-core agency, or
/// more than one concerned agency, needs, sent once) and one package per other concerned agency with only
/// the fields unique to it. Packages reference the core by the message id, the document key and the keys of
/// array elements (goods item sequence numbers); they repeat none of its fields. The JSON shape is
/// <c>schemas/harmonization/split.schema.json</c>.
/// </summary>
public sealed partial class SplitResult
{
    internal SplitResult(string catalogueVersion, string documentType, string? key, string? messageId, JsonObject common, IReadOnlyList<AgencyPackage> packages, IReadOnlyList<SplitReason> commonCoreReasons)
    {
        CommonCoreReasons = commonCoreReasons;
        CatalogueVersion = catalogueVersion;
        DocumentType = documentType;
        Key = key;
        MessageId = messageId;
        Common = common;
        Packages = packages;
    }

    /// <summary>The <c>version</c> of the catalogue that decided the split.</summary>
    public string CatalogueVersion { get; }

    public string DocumentType { get; }

    /// <summary>The document's routing key (LRN, manifest number, flight, permit id).</summary>
    public string? Key { get; }

    /// <summary>The gateway's id of the message the document came from, when split in the pipeline.</summary>
    public string? MessageId { get; }

    /// <summary>The common core, shaped like the canonical document; do not modify it (<see cref="ToJson"/> returns a copy).</summary>
    public JsonObject Common { get; }

    /// <summary>One package per concerned agency other than the common-core one, in catalogue order.</summary>
    public IReadOnlyList<AgencyPackage> Packages { get; }

    /// <summary>Why the document concerns the common-core agency (customs); empty when it does not (e.g. a permit application).</summary>
    public IReadOnlyList<SplitReason> CommonCoreReasons { get; }

    public AgencyPackage? PackageFor(string agencyId) => Packages.FirstOrDefault(p => p.Agency.Id == agencyId);
}
