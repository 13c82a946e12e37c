using System.Diagnostics;
using UniPass.Gateway.Benchmarks.Edifact;

namespace UniPass.Gateway.Benchmarks.Cli;

/// <summary>
/// <c>generate paxlst|cuscar SIZE FILE [SEED]</c>: streams a generated interchange to a file
/// (e.g. a 1 GB PAXLST for the streaming memory check) without holding it in memory.
/// </summary>
public static class GenerateCommand
{
    public const string Name = "generate";

    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length is < 3 or > 4
            || !Enum.TryParse<InterchangeKind>(args[0], ignoreCase: true, out var kind)
            || !ByteSize.TryParse(args[1], out var size))
        {
            Console.Error.WriteLine("usage: generate paxlst|cuscar SIZE FILE [SEED]   (SIZE: 1MB, 100MB, 1GB; 1 MB = 2^20 bytes)");
            return 2;
        }

        var seed = InterchangeGenerator.DefaultSeed;
        if (args.Length == 4 && !int.TryParse(args[3], out seed))
        {
            Console.Error.WriteLine($"generate: the seed '{args[3]}' is not an integer.");
            return 2;
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            using var file = new FileStream(args[2], FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.SequentialScan);
            var generated = InterchangeGenerator.Write(file, kind, size, seed);
            var elapsed = Stopwatch.GetElapsedTime(started);
            Console.WriteLine($"{args[2]}: {generated.Kind} {generated.Bytes:N0} bytes, {generated.Messages:N0} messages, "
                + $"{generated.Counts.SegmentTerminators:N0} segments, {generated.Counts.ElementSeparators:N0} element and "
                + $"{generated.Counts.ComponentSeparators:N0} component separators ({elapsed.TotalSeconds:F1} s)");
            return 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"generate: {args[2]}: {e.Message}");
            return 2;
        }
    }
}
