using System.Collections.Concurrent;
using System.Xml.Linq;

namespace UniPass.Gateway.Messages.Wco.Tests.Support;

/// <summary>
/// The WCOID annotation of every element of a WCO DM schema (DMS style: elements with inline or same-file named
/// complex types), by its path from the root element, e.g. <c>/Declaration/GoodsShipment/GovernmentAgencyGoodsItem</c>.
/// </summary>
internal static class XsdWcoIds
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> s_files = new(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Load(string path) => s_files.GetOrAdd(path, static p =>
    {
        var schema = XDocument.Load(p).Root!;
        var named = schema.Elements(Xs + "complexType").ToDictionary(t => (string)t.Attribute("name")!, StringComparer.Ordinal);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in schema.Elements(Xs + "element"))
        {
            Walk(element, string.Empty, named, ids);
        }

        return ids;
    });

    private static void Walk(XElement element, string parentPath, Dictionary<string, XElement> named, Dictionary<string, string> ids)
    {
        var path = parentPath + "/" + (string)element.Attribute("name")!;

        // The id is in the element's own annotation (several xs:documentation blocks; the first WCOID counts).
        var id = element.Elements(Xs + "annotation").Elements(Xs + "documentation").Elements().FirstOrDefault(e => e.Name.LocalName == "WCOID")?.Value.Trim();
        if (!string.IsNullOrEmpty(id))
        {
            ids[path] = id;
        }

        var type = element.Element(Xs + "complexType") ?? (element.Attribute("type") is { } t && named.TryGetValue(t.Value, out var n) ? n : null);
        if (type is null)
        {
            return;
        }

        // The children are the elements of this content model, not of the complex types nested inside it.
        foreach (var child in type.Descendants(Xs + "element").Where(e => e.Attribute("name") is not null && e.Ancestors(Xs + "complexType").First() == type))
        {
            Walk(child, path, named, ids);
        }
    }
}
