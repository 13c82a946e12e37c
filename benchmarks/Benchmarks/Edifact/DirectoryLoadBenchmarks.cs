using BenchmarkDotNet.Attributes;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// Loading one directory from <c>schemas/edifact/</c> (the files copied beside the binaries) as a
/// fresh catalog does on first use; goal: under 50 ms. Compiling a message's segment table comes
/// on top once per validation.
/// </summary>
[MemoryDiagnoser]
public class DirectoryLoadBenchmarks
{
    private string _path = string.Empty;
    private EdifactDirectory _directory = null!;

    [Params("d95b", "d02b", "d01b")]
    public string Directory { get; set; } = "d02b";

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(DirectoryCatalog.DefaultFolder, Directory + DirectoryFile.Extension);
        _directory = DirectoryFile.Load(_path);
        if (_directory.Messages.Count == 0)
        {
            throw new InvalidOperationException($"{_path} holds no message.");
        }
    }

    [Benchmark(Baseline = true)]
    public EdifactDirectory Load() => DirectoryFile.Load(_path);

    [Benchmark]
    public int CompileSegmentTables()
    {
        var entries = 0;
        foreach (var message in _directory.Messages.Values)
        {
            entries += SegmentTable.Compile(message).EntryCount;
        }

        return entries;
    }
}
