using BenchmarkDotNet.Attributes;
using UniPass.Gateway.Benchmarks.Reporting;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// Full validation (envelope, segment table, data elements and code lists against PAXLST D.02B
/// or CUSCAR D.95B) against tokenizing alone (<see cref="EdifactReader"/> reading every token,
/// the baseline) over the same generated interchange. Goal: validation keeps at least 40% of the
/// tokenizer's throughput and allocates nothing per segment. The generated data must validate
/// without a finding before anything is timed.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class ValidationBenchmarks
{
    private byte[] _interchange = [];
    private EdifactValidationOptions _structure = EdifactValidationOptions.Default;
    private EdifactValidationOptions _envelope = EdifactValidationOptions.Default;

    [Params(InterchangeKind.Paxlst, InterchangeKind.Cuscar)]
    public InterchangeKind Kind { get; set; }

    [Params(100)]
    public int SizeMiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _interchange = InterchangeGenerator.Generate(Kind, SizeMiB * ThroughputColumn.BytesPerMiB, InterchangeGenerator.DefaultSeed, out var generated);

        // One catalog for every run, as the gateway holds it: directories load once.
        var catalog = DirectoryCatalog.CreateDefault();
        _structure = new EdifactValidationOptions { Catalog = catalog, Level = EdifactValidationLevel.Structure, CheckCodeLists = true };
        _envelope = _structure with { Level = EdifactValidationLevel.Envelope };

        var result = EdifactInterchange.Validate(_interchange, _structure);
        var findings = result.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info).ToArray();
        if (findings.Length > 0 || result.SuppressedDiagnostics > 0 || result.MessageCount != generated.Messages)
        {
            throw new InvalidOperationException($"The generated {Kind} interchange does not validate: {string.Join("; ", findings.Take(5))}");
        }

        if (Tokenize() == 0)
        {
            throw new InvalidOperationException("The tokenizer read nothing.");
        }

        Console.WriteLine($"// {Kind} {SizeMiB} MiB: {generated.Bytes:N0} bytes, {result.MessageCount:N0} messages, {result.SegmentCount:N0} segments, valid");
    }

    /// <summary>Every token read, its length summed so nothing is optimized away.</summary>
    [Benchmark(Baseline = true)]
    public long Tokenize()
    {
        var reader = new EdifactReader(_interchange);
        long length = 0;
        while (reader.Read())
        {
            length += reader.ValueLength;
        }

        return length;
    }

    [Benchmark]
    public int ValidateEnvelope() => EdifactInterchange.Validate(_interchange, _envelope).SegmentCount;

    [Benchmark]
    public int ValidateStructure() => EdifactInterchange.Validate(_interchange, _structure).SegmentCount;
}
