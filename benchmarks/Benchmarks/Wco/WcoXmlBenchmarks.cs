using System.Xml;
using BenchmarkDotNet.Attributes;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;

namespace UniPass.Gateway.Benchmarks.Wco;

/// <summary>
/// WCO DM declaration XML into the canonical model against a bare <see cref="XmlReader"/> pass over the same bytes
/// with the same hardened settings (the baseline: the cost of XML itself). Inputs are a UK CDS sample scaled to the
/// given number of goods items; every run is checked to read them all without a finding before anything is timed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class WcoXmlBenchmarks
{
    private byte[] _xml = [];
    private XmlReaderSettings _settings = null!;

    [Params(1, 100, 1000)]
    public int GoodsItems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _xml = WcoSamples.Declaration(GoodsItems);
        _settings = WcoXmlReader.CreateSettings(WcoXmlReaderOptions.Default);
        var read = WcoXmlReader.Read(new MemoryStream(_xml));
        if (read.Value is not Declaration declaration || read.Diagnostics.Count > 0 || declaration.GoodsItems.Count != GoodsItems)
        {
            throw new InvalidOperationException($"the scaled sample did not read cleanly: {string.Join("; ", read.Diagnostics)}");
        }

        Console.WriteLine($"// {GoodsItems} goods items: {_xml.Length:N0} bytes, {BareXmlReader():N0} nodes");
    }

    [Benchmark(Baseline = true)]
    public int BareXmlReader()
    {
        using var reader = XmlReader.Create(new MemoryStream(_xml, writable: false), _settings);
        var nodes = 0;
        while (reader.Read())
        {
            nodes++;
        }

        return nodes;
    }

    [Benchmark]
    public CanonicalDocument? ToCanonical() => WcoXmlReader.Read(new MemoryStream(_xml, writable: false)).Value;
}
