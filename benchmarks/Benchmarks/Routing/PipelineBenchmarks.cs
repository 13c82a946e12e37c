using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Benchmarks.Routing;

/// <summary>
/// One small declaration as the gateway's pipeline takes it from the outbox: the CUSDEC D.96B interchange the load
/// client sends (180 bytes), validated at structure level over the pipeline's shared catalog (<c>ValidateStructure</c>),
/// run through every stage (<c>Prepare</c>: detect, authorize, validate, harmonize, split, route), and beside them
/// what compiling the directories for it costs (<c>CompileDirectories</c>: CUSDEC's segment table with its segments'
/// rules and the service segments), which every validation paid before compiled directories were reused.
/// </summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    /// <summary>The load client's template (tests/Gateway.Host.Tests/Fixtures/CUSDEC_DEMO.edi).</summary>
    private const string Cusdec =
        "UNA:+.? 'UNB+UNOC:3+DEMO:ZZ+UNIPASS:ZZ+261129:1200+DEMO0001'UNH+1+CUSDEC:D:96B:UN'BGM+929+LRN-DEMO-0001+9'"
        + "DTM+137:20261129:102'NAD+DT+DEMO++Demo Trading Ltd'UNS+D'UNS+S'UNT+7+1'UNZ+1+DEMO0001'";

    private readonly byte[] _body = Encoding.ASCII.GetBytes(Cusdec);
    private EdifactValidationOptions _options = null!;
    private EdifactDirectory _directory = null!;
    private EdifactDirectory _service = null!;
    private MessagePipeline _pipeline = null!;
    private OutboxEntry _entry = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = DirectoryCatalog.CreateDefault();
        _options = new EdifactValidationOptions { Level = EdifactValidationLevel.Structure, Catalog = catalog };
        if (!catalog.TryGet(DirectoryId.UnDirectory("96B"), out var directory))
        {
            throw new InvalidOperationException("D.96B is not among the committed directories.");
        }

        _directory = directory;
        _service = catalog.Service(3);
        var result = EdifactInterchange.Validate(_body, _options);
        if (!result.IsValid || result.MessageCount != 1)
        {
            throw new InvalidOperationException("The CUSDEC does not validate: " + string.Join("; ", result.Diagnostics));
        }

        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddLogging().AddMessageBus(configuration).AddMessagePipeline(configuration).BuildServiceProvider();
        _pipeline = services.GetRequiredService<MessagePipeline>();
        _entry = new OutboxEntry(Guid.NewGuid(), "load", "https", "application/edifact", MessageFormat.Edifact, "CUSDEC", DateTimeOffset.UtcNow, _body, 1, Guid.NewGuid());
        var prepared = _pipeline.PrepareAsync(_entry, CancellationToken.None).GetAwaiter().GetResult();
        if (prepared.Context.IsRejected || prepared.Context.Publications.Count == 0)
        {
            throw new InvalidOperationException("The pipeline does not route the CUSDEC.");
        }
    }

    [Benchmark(Baseline = true)]
    public EdifactValidationResult ValidateStructure() => EdifactInterchange.Validate(_body, _options);

    [Benchmark]
    public Task<PreparedMessage> Prepare() => _pipeline.PrepareAsync(_entry, CancellationToken.None);

    [Benchmark]
    public int CompileDirectories()
    {
        var message = new CompiledDirectory(_directory, _service).Message("CUSDEC") ?? throw new InvalidOperationException("no CUSDEC in D.96B");
        var service = new CompiledDirectory(_service, _service);
        var rules = 0;
        foreach (var tag in (string[])["UNB", "UNH", "UNT", "UNZ"])
        {
            rules += service.Segment(tag) is null ? 0 : 1;
        }

        return rules + message.GetHashCode();
    }
}
