using BenchmarkDotNet.Attributes;
using UniPass.Gateway.Benchmarks.Reporting;
using UniPass.Gateway.Messages.Edifact;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// Tokenizing throughput over the same generated interchange: the vectorized ceiling (baseline)
/// against <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> and
/// against the walk from one service character to the next that any token-at-a-time reader makes
/// (<see cref="SequentialWalkScan"/>, the floor of that shape), and against <see cref="EdifactReader"/>
/// reading every token. Every scanner must report the counts
/// the generator wrote before anything is timed. Goal: the reader reaches at least 25% of the
/// ceiling's throughput and allocates nothing per token.
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
        Check("sequential walk", SequentialWalkScan.Count(_interchange), generated);
        Check("EdifactReader", CountTokens(_interchange), generated);
        Console.WriteLine($"// {Kind} {SizeMiB} MiB: {generated.Bytes:N0} bytes, {generated.Messages:N0} messages, {generated.Counts}");
    }

    [Benchmark(Baseline = true)]
    public ServiceCharacterCounts Vectorized() => VectorizedScan.Count(_interchange);

    [Benchmark]
    public ServiceCharacterCounts IndexOfAny() => IndexOfAnyScan.Count(_interchange);

    [Benchmark]
    public ServiceCharacterCounts SequentialWalk() => SequentialWalkScan.Count(_interchange);

    [Benchmark]
    public ServiceCharacterCounts Reader() => CountTokens(_interchange);

    /// <summary>
    /// Reads every token and counts what the scans count: a segment end per terminator, a value
    /// after each element separator (component 1) and after each component separator (component
    /// 2 and on). The interchange is syntax 3, so there is no repetition separator. The counting
    /// is branch-free, so that the time measured is the reader's, not the consumer's mispredictions.
    /// </summary>
    private static ServiceCharacterCounts CountTokens(ReadOnlySpan<byte> interchange)
    {
        var reader = new EdifactReader(interchange);
        long terminators = 0;
        long elements = 0;
        long components = 0;
        while (reader.Read())
        {
            var type = reader.TokenType;
            var value = type == EdifactTokenType.Element;
            var component = reader.ComponentIndex > 1;
            terminators += type == EdifactTokenType.SegmentEnd ? 1 : 0;
            elements += value & !component ? 1 : 0;
            components += value & component ? 1 : 0;
        }

        return new ServiceCharacterCounts(terminators, elements, components);
    }

    private static void Check(string scanner, ServiceCharacterCounts actual, GeneratedInterchange generated)
    {
        if (actual != generated.Counts)
        {
            throw new InvalidOperationException($"The {scanner} counted {actual}; the generator wrote {generated.Counts}.");
        }
    }
}
