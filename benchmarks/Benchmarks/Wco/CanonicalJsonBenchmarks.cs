using System.Text.Json;
using BenchmarkDotNet.Attributes;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;

namespace UniPass.Gateway.Benchmarks.Wco;

/// <summary>
/// Strict canonical JSON reading against a bare <see cref="Utf8JsonReader"/> pass over the same bytes with the same
/// depth limit (the baseline). The JSON is the canonical form of a UK CDS sample scaled to the given number of goods
/// items, checked to read back without a finding before anything is timed.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CanonicalJsonBenchmarks
{
    private byte[] _json = [];

    [Params(1, 100, 1000)]
    public int GoodsItems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var declaration = (Declaration)WcoXmlReader.Read(new MemoryStream(WcoSamples.Declaration(GoodsItems))).Value!;
        _json = CanonicalJson.Write(declaration);
        var read = CanonicalJson.Read(_json);
        if (read.Value is not Declaration again || read.Diagnostics.Count > 0 || again.GoodsItems.Count != GoodsItems)
        {
            throw new InvalidOperationException($"the canonical JSON did not read back cleanly: {string.Join("; ", read.Diagnostics)}");
        }

        Console.WriteLine($"// {GoodsItems} goods items: {_json.Length:N0} bytes, {BareUtf8JsonReader():N0} tokens");
    }

    [Benchmark(Baseline = true)]
    public int BareUtf8JsonReader()
    {
        var reader = new Utf8JsonReader(_json, new JsonReaderOptions { MaxDepth = CanonicalJson.MaxDepth });
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    [Benchmark]
    public CanonicalDocument? Read() => CanonicalJson.Read(_json).Value;
}
