using System.Diagnostics;
using System.IO.Pipelines;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Benchmarks.Cli;

/// <summary>
/// <c>validate FILE [envelope|structure]</c>: streams a (large) interchange file through
/// <see cref="EdifactInterchangeValidator"/>, consuming each message's result and keeping none,
/// and prints throughput and the process's peak working set: the check that a 1 GB interchange
/// validates in flat memory (goal: under 64 MB).
/// </summary>
public static class ValidateCommand
{
    public const string Name = "validate";

    public static int Run(ReadOnlySpan<string> args)
    {
        var level = EdifactValidationLevel.Structure;
        if (args.Length is < 1 or > 2 || (args.Length == 2 && !Enum.TryParse(args[1], ignoreCase: true, out level)))
        {
            Console.Error.WriteLine("usage: validate FILE [envelope|structure]");
            return 2;
        }

        try
        {
            return RunAsync(args[0], level).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"validate: {args[0]}: {e.Message}");
            return 2;
        }
    }

    private static async Task<int> RunAsync(string path, EdifactValidationLevel level)
    {
        var started = Stopwatch.GetTimestamp();
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var pipe = PipeReader.Create(file, new StreamPipeReaderOptions(bufferSize: 64 * 1024, leaveOpen: true));
        var validator = new EdifactInterchangeValidator(pipe, new EdifactValidationOptions { Level = level });
        long messages = 0;
        long invalid = 0;
        await foreach (var message in validator.ValidateMessagesAsync().ConfigureAwait(false))
        {
            messages++;
            invalid += message.IsValid ? 0 : 1;
        }

        await pipe.CompleteAsync().ConfigureAwait(false);
        var result = validator.GetResult();
        var elapsed = Stopwatch.GetElapsedTime(started);
        var process = Process.GetCurrentProcess();
        var mebibytes = file.Length / (1024.0 * 1024.0);
        Console.WriteLine($"{path}: {file.Length:N0} bytes, {messages:N0} messages ({invalid:N0} invalid), {result.SegmentCount:N0} segments, "
            + $"{result.Diagnostics.Count:N0} diagnostics, valid={result.IsValid}, level={level}");
        Console.WriteLine($"  {elapsed.TotalSeconds:F1} s, {mebibytes / elapsed.TotalSeconds:N0} MiB/s, peak working set {process.PeakWorkingSet64 / (1024.0 * 1024.0):N1} MiB, "
            + $"GC heap {GC.GetTotalMemory(forceFullCollection: false) / (1024.0 * 1024.0):N1} MiB, allocated {GC.GetTotalAllocatedBytes() / (1024.0 * 1024.0):N1} MiB in all, "
            + $"{GC.CollectionCount(0)} gen0 collections, {AppDomain.CurrentDomain.GetAssemblies().Length} assemblies loaded");
        return result.IsValid ? 0 : 1;
    }
}
