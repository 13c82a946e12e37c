using System.Text.Json.Nodes;
using UniPass.Gateway.Routing.Harmonization;

namespace UniPass.Gateway.Routing.Tests.Harmonization;

/// <summary>One field instance of a (split) canonical document: its path with array elements named by their keys, its pattern, its item.</summary>
internal sealed record FieldInstance(string Path, string Pattern, string? Item, string Value);

/// <summary>
/// Lists the field instances of canonical JSON trees — the whole document, the common core, a package — so
/// the tests can compare them independently of how the splitter walks. Array elements are named by their key
/// values (<c>/goodsItems[sequenceNumber=3]/commodityCode</c>), which is how packages reference the core.
/// </summary>
internal static class SplitInstances
{
    /// <summary>The arrays whose elements are the items conditions concern, per document type (the canonical model's goods items).</summary>
    public static IReadOnlyList<string> ItemScopes(string documentType) => documentType switch
    {
        "declaration" => ["/goodsItems/*"],
        "cargoReport" => ["/consignments/*", "/consignments/*/items/*"],
        "permit" => ["/items/*"],
        _ => [],
    };

    /// <summary>Every field instance of <paramref name="tree"/>, key members left out (they are references, not data).</summary>
    public static Dictionary<string, FieldInstance> Of(JsonObject tree, AgencyCatalogue catalogue, string documentType)
    {
        var atoms = catalogue.Fields(documentType).ToHashSet(StringComparer.Ordinal);
        var keys = catalogue.KeyFields(documentType);
        var result = new Dictionary<string, FieldInstance>(StringComparer.Ordinal);
        Walk(tree, string.Empty, string.Empty, null, atoms, keys, ItemScopes(documentType), result);
        return result;
    }

    /// <summary>The keyed paths of the item scope elements in a package's <c>items</c> tree.</summary>
    public static HashSet<string> Items(JsonObject itemsTree, AgencyCatalogue catalogue, string documentType)
    {
        var scopes = ItemScopes(documentType);
        var keys = catalogue.KeyFields(documentType);
        var result = new HashSet<string>(StringComparer.Ordinal);
        CollectItems(itemsTree, string.Empty, string.Empty, keys, scopes, result);
        return result;
    }

    private static void Walk(JsonNode node, string pattern, string path, string? item, HashSet<string> atoms, IReadOnlySet<string> keys, IReadOnlyList<string> scopes, Dictionary<string, FieldInstance> result)
    {
        if (atoms.Contains(pattern))
        {
            if (!keys.Contains(pattern))
            {
                result.Add(path, new FieldInstance(path, pattern, item, node.ToJsonString()));
            }

            return;
        }

        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    if (child is not null)
                    {
                        Walk(child, pattern + "/" + name, path + "/" + name, item, atoms, keys, scopes, result);
                    }
                }

                break;
            case JsonArray array:
                var elementPattern = pattern + "/*";
                foreach (var element in array.OfType<JsonObject>())
                {
                    var keyed = path + Keyed(element, elementPattern, keys);
                    Walk(element, elementPattern, keyed, scopes.Contains(elementPattern) ? keyed : item, atoms, keys, scopes, result);
                }

                break;
        }
    }

    private static void CollectItems(JsonObject obj, string pattern, string path, IReadOnlySet<string> keys, IReadOnlyList<string> scopes, HashSet<string> result)
    {
        foreach (var (name, child) in obj)
        {
            if (child is not JsonArray array)
            {
                continue;
            }

            var elementPattern = pattern + "/" + name + "/*";
            foreach (var element in array.OfType<JsonObject>())
            {
                var keyed = path + "/" + name + Keyed(element, elementPattern, keys);
                if (scopes.Contains(elementPattern))
                {
                    result.Add(keyed);
                }

                CollectItems(element, elementPattern, keyed, keys, scopes, result);
            }
        }
    }

    private static string Keyed(JsonObject element, string elementPattern, IReadOnlySet<string> keys)
    {
        var names = keys.Where(k => k.StartsWith(elementPattern + "/", StringComparison.Ordinal) && k.LastIndexOf('/') == elementPattern.Length)
            .Select(k => k[(elementPattern.Length + 1)..])
            .Order(StringComparer.Ordinal);
        return "[" + string.Join(",", names.Select(n => n + "=" + (element[n]?.ToJsonString() ?? "null"))) + "]";
    }
}
