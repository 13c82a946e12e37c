using System.Diagnostics;
using System.Globalization;
using UniPass.Gateway.Benchmarks.Edifact;

namespace UniPass.Gateway.Benchmarks.Cli;

/// <summary>
/// <c>interleave [scan] paxlst|cuscar [SIZE] [ROUNDS]</c>: times the workloads of <see cref="ValidationBenchmarks"/>
/// (tokenize, envelope, structure), or with <c>scan</c> those of <see cref="ScanBenchmarks"/> (vectorized ceiling,
/// IndexOfAny, sequential walk, reader), in alternation, one of each per round, and prints each one's median and the median of the
/// per-round ratios to the first. On a shared machine whose speed drifts within a run, workloads
/// measured one after another see different machines; measured in turn, each round's three see the same one.
/// </summary>
public static class InterleaveCommand
{
    public const string Name = "interleave";

    public static int Run(ReadOnlySpan<string> args)
    {
        var size = 100L << 20;
        var rounds = 15;
        var scan = args.Length > 0 && args[0] == "scan";
        if (scan)
        {
            args = args[1..];
        }

        if (args.Length is < 1 or > 3
            || !Enum.TryParse<InterchangeKind>(args[0], ignoreCase: true, out var kind)
            || (args.Length > 1 && (!ByteSize.TryParse(args[1], out size) || size > int.MaxValue))
            || (args.Length > 2 && (!int.TryParse(args[2], NumberStyles.None, CultureInfo.InvariantCulture, out rounds) || rounds < 1)))
        {
            Console.Error.WriteLine("usage: interleave [scan] paxlst|cuscar [SIZE] [ROUNDS]   (SIZE up to 2GB, default 100MB; ROUNDS default 15)");
            return 2;
        }

        var sizeMiB = (int)(size >> 20);
        var workloads = scan ? ScanWorkloads(kind, sizeMiB) : ValidationWorkloads(kind, sizeMiB);

        // Two warm-up rounds (tiered compilation settles), then the measured ones.
        var times = workloads.Select(_ => new List<double>()).ToArray();
        for (var round = -2; round < rounds; round++)
        {
            for (var w = 0; w < workloads.Length; w++)
            {
                var watch = Stopwatch.StartNew();
                workloads[w].Run();
                if (round >= 0)
                {
                    times[w].Add(watch.Elapsed.TotalMilliseconds);
                }
            }
        }

        var mib = (double)sizeMiB;
        Console.WriteLine($"{kind} {sizeMiB} MiB, {rounds} rounds in alternation");
        Console.WriteLine($"| workload | median | min | max | MiB/s (median) | median of per-round time ratios to {workloads[0].Name} | {workloads[0].Name}'s throughput kept |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (var w = 0; w < workloads.Length; w++)
        {
            var median = Median(times[w]);
            var ratio = Median(times[w].Select((t, i) => t / times[0][i]).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {workloads[w].Name} | {median:F1} ms | {times[w].Min():F1} ms | {times[w].Max():F1} ms | {mib / (median / 1000):F0} | {ratio:F2} | {100 / ratio:F1} % |"));
        }

        return 0;
    }

    private static (string Name, Func<long> Run)[] ValidationWorkloads(InterchangeKind kind, int sizeMiB)
    {
        var benchmarks = new ValidationBenchmarks { Kind = kind, SizeMiB = sizeMiB };
        benchmarks.Setup();
        return
        [
            ("Tokenize", benchmarks.Tokenize),
            ("ValidateEnvelope", () => benchmarks.ValidateEnvelope()),
            ("ValidateStructure", () => benchmarks.ValidateStructure()),
        ];
    }

    private static (string Name, Func<long> Run)[] ScanWorkloads(InterchangeKind kind, int sizeMiB)
    {
        var benchmarks = new ScanBenchmarks { Kind = kind, SizeMiB = sizeMiB };
        benchmarks.Setup();
        return
        [
            ("Vectorized", () => benchmarks.Vectorized().SegmentTerminators),
            ("IndexOfAny", () => benchmarks.IndexOfAny().SegmentTerminators),
            ("SequentialWalk", () => benchmarks.SequentialWalk().SegmentTerminators),
            ("Reader", () => benchmarks.Reader().SegmentTerminators),
        ];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
