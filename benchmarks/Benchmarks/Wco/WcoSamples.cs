using System.Xml.Linq;
using UniPass.Gateway.Messages.Wco.Xml;

namespace UniPass.Gateway.Benchmarks.Wco;

/// <summary>
/// Benchmark inputs made from the UK CDS samples in <c>../shared</c>: a real declaration whose goods items are
/// repeated (renumbered, with the item count updated) until it holds the requested number, so that size scales while
/// every element stays one the reader maps.
/// </summary>
public static class WcoSamples
{
    /// <summary>The sample scaled: an import declaration with goods, parties, procedures, documents and duties.</summary>
    public const string DefaultSample = "samples/wco/declarations/TT_IM008b__TT_IM008b.xml";

    private static readonly XNamespace Dec = WcoNamespaces.Declaration;

    public static byte[] Declaration(int goodsItems, string sample = DefaultSample)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(goodsItems, 1);
        var document = XDocument.Load(SharedPath(sample));
        var declaration = document.Descendants(Dec + "Declaration").Single();
        var shipment = declaration.Element(Dec + "GoodsShipment") ?? throw new InvalidOperationException($"{sample} has no GoodsShipment");
        var templates = shipment.Elements(Dec + "GovernmentAgencyGoodsItem").ToList();
        if (templates.Count == 0)
        {
            throw new InvalidOperationException($"{sample} has no goods items");
        }

        // Goods items stand together in the schema's order; the copies go after the first one, where the others were.
        foreach (var t in templates.Skip(1))
        {
            t.Remove();
        }

        var first = templates[0];
        var added = new List<XElement>();
        for (var i = 2; i <= goodsItems; i++)
        {
            var copy = new XElement(templates[(i - 1) % templates.Count]);
            copy.Element(Dec + "SequenceNumeric")!.Value = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            added.Add(copy);
        }

        first.Element(Dec + "SequenceNumeric")!.Value = "1";
        first.AddAfterSelf(added);
        if (declaration.Element(Dec + "GoodsItemQuantity") is { } quantity)
        {
            quantity.Value = goodsItems.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        using var stream = new MemoryStream();
        document.Save(stream, SaveOptions.DisableFormatting);
        return stream.ToArray();
    }

    private static string SharedPath(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "UniPass.Gateway.sln")))
            {
                var path = Path.Combine(dir.FullName, "..", "shared", relative);
                return File.Exists(path) ? Path.GetFullPath(path) : throw new FileNotFoundException("the UK CDS samples are read from ../shared", path);
            }
        }

        throw new InvalidOperationException("The repository root (UniPass.Gateway.sln) was not found above " + AppContext.BaseDirectory);
    }
}
