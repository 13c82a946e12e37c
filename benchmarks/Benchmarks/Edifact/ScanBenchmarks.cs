using BenchmarkDotNet.Attributes;
using UniPass.Gateway.Benchmarks.Reporting;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// Tokenizing throughput over the same generated interchange: the vectorized ceiling (baseline)
/// against <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>. Every
/// scanner must report the counts the generator wrote before anything is timed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ScanBenchmarks
{
    private byte[] _interchange = [];

    [Params(InterchangeKind.Paxlst, InterchangeKind.Cuscar)]
    public InterchangeKind Kind { get; set; }

    [Params(1, 100)]
    public int SizeMiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _interchange = InterchangeGenerator.Generate(Kind, SizeMiB * ThroughputColumn.BytesPerMiB, InterchangeGenerator.DefaultSeed, out var generated);
        Check("vectorized scan", VectorizedScan.Count(_interchange), generated);
        Check("IndexOfAny scan", IndexOfAnyScan.Count(_interchange), generated);
        Console.WriteLine($"// {Kind} {SizeMiB} MiB: {generated.Bytes:N0} bytes, {generated.Messages:N0} messages, {generated.Counts}");
    }

    [Benchmark(Baseline = true)]
    public ServiceCharacterCounts Vectorized() => VectorizedScan.Count(_interchange);

    [Benchmark]
    public ServiceCharacterCounts IndexOfAny() => IndexOfAnyScan.Count(_interchange);

    private static void Check(string scanner, ServiceCharacterCounts actual, GeneratedInterchange generated)
    {
        if (actual != generated.Counts)
        {
            throw new InvalidOperationException($"The {scanner} counted {actual}; the generator wrote {generated.Counts}.");
        }
    }
}
