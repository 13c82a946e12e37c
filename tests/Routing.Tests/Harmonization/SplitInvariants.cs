using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Routing.Harmonization;

namespace UniPass.Gateway.Routing.Tests.Harmonization;

/// <summary>
/// The promises of the split (DESIGN §4), checked on any document against the catalogue, field instance by
/// field instance: nothing an agency needs is lost; no package holds a field its agency does not need, or
/// of an item that does not concern it; no field is both in the core and in a package, or in two packages;
/// the core holds only what the common-core agency or more than one concerned agency needs; and what an
/// agency receives is exactly what it needs.
/// </summary>
internal static class SplitInvariants
{
    public static void Check(DocumentSplitter splitter, CanonicalDocument document, SplitResult split)
    {
        var catalogue = splitter.Catalogue;
        var type = document.DocumentType;
        var tree = (JsonObject)JsonSerializer.SerializeToNode(document, CanonicalJsonContext.Default.CanonicalDocument)!;
        var all = SplitInstances.Of(tree, catalogue, type);
        var common = SplitInstances.Of(split.Common, catalogue, type);
        var core = catalogue.CommonCore;
        var coreConcerned = split.CommonCoreReasons.Count > 0;
        var coreFields = core.Fields(type).ToHashSet(StringComparer.Ordinal);

        using (Assert.EnterMultipleScope())
        {
            foreach (var (path, instance) in common)
            {
                Assert.That(all.TryGetValue(path, out var original) ? original.Value : null, Is.EqualTo(instance.Value), $"common {path} is the document's value");
            }

            if (coreConcerned)
            {
                var missing = all.Values.Where(i => coreFields.Contains(i.Pattern) && !common.ContainsKey(i.Path)).Select(i => i.Path);
                Assert.That(missing, Is.Empty, $"every field {core.Id} needs is in the common core");
            }

            var packages = split.Packages.Select(p => (Package: p, Fields: SplitInstances.Of(p.Fields, catalogue, type), Items: SplitInstances.Items(p.Items, catalogue, type), Needs: p.Agency.Fields(type).ToHashSet(StringComparer.Ordinal))).ToList();
            foreach (var (package, fields, items, needs) in packages)
            {
                var id = package.Agency.Id;
                Assert.That(package.Reasons, Is.Not.Empty, $"{id} is in the split only with a reason");
                bool Concerns(FieldInstance i) => i.Item is null || items.Contains(i.Item);
                var needed = all.Values.Where(i => needs.Contains(i.Pattern) && Concerns(i)).Select(i => i.Path).ToHashSet(StringComparer.Ordinal);

                Assert.That(needed.Where(p => !common.ContainsKey(p) && !fields.ContainsKey(p)), Is.Empty, $"nothing {id} needs is lost");
                Assert.That(fields.Values.Where(i => !needs.Contains(i.Pattern)).Select(i => i.Path), Is.Empty, $"{id}'s package holds only fields it needs");
                Assert.That(fields.Values.Where(i => !Concerns(i)).Select(i => i.Path), Is.Empty, $"{id}'s package holds only its items");
                Assert.That(fields.Keys.Where(common.ContainsKey), Is.Empty, $"no field of {id}'s package is also in the common core");
                foreach (var (path, instance) in fields)
                {
                    Assert.That(all.TryGetValue(path, out var original) ? original.Value : null, Is.EqualTo(instance.Value), $"{id} {path} is the document's value");
                }

                var delivery = split.DeliveryFor(package);
                var received = SplitInstances.Of((JsonObject)delivery["common"]!, catalogue, type).Keys
                    .Concat(SplitInstances.Of((JsonObject)delivery["fields"]!, catalogue, type).Keys)
                    .ToList();
                Assert.That(received, Is.EquivalentTo(needed), $"{id} receives exactly the fields it needs");
                Assert.That(package.FromCommon, Is.SubsetOf(needs), $"{id} reads from the core only fields it needs");
            }

            for (var a = 0; a < packages.Count; a++)
            {
                for (var b = a + 1; b < packages.Count; b++)
                {
                    Assert.That(packages[a].Fields.Keys.Intersect(packages[b].Fields.Keys), Is.Empty, $"{packages[a].Package.Agency.Id} and {packages[b].Package.Agency.Id} share no field");
                }
            }

            foreach (var instance in common.Values)
            {
                var neededBy = packages.Count(p => p.Needs.Contains(instance.Pattern) && (instance.Item is null || p.Items.Contains(instance.Item)));
                var byCore = coreConcerned && coreFields.Contains(instance.Pattern);
                Assert.That(byCore || neededBy >= 2, Is.True, $"common {instance.Path} is needed by {core.Id} or by more than one agency ({neededBy})");
            }
        }
    }
}
