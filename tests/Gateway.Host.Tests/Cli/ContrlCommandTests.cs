using System.Text;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed class ContrlCommandTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("unipass-contrl-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>The segments of a CONTRL written to stdout, read back with the EDIFACT reader.</summary>
    private static List<string> Segments(string stdout)
    {
        var bytes = Encoding.Latin1.GetBytes(stdout.TrimEnd('\n'));
        Assert.That(EdifactInterchange.Validate(bytes).IsValid, Is.True, stdout);
        var segments = new List<string>();
        var reader = new EdifactReader(bytes);
        var segment = new StringBuilder();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case EdifactTokenType.SegmentStart:
                    segment.Clear().Append(reader.GetString());
                    break;
                case EdifactTokenType.Element:
                    segment.Append(reader.ComponentIndex == 1 ? '+' : ':').Append(reader.GetString());
                    break;
                default:
                    segments.Add(segment.ToString());
                    break;
            }
        }

        return segments;
    }

    [Test]
    public async Task Contrl_interchangeWithErrors_writesTheRejection()
    {
        var run = await CliRun.RunAsync("contrl", CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi"));

        Assert.That(run.Exit, Is.Zero, run.ToString());
        var segments = Segments(run.Output);
        Assert.That(segments[0], Does.Match(@"^UNB\+UNOC:3\+UNIPASS:ZZ\+DEMO:ZZ\+\d{6}:\d{4}\+[0-9A-F]{14}$"));
        // Envelope errors in UCI and UCM; the structure level adds the two mandatory segments CUSDEC D.96B
        // misses after NAD (UNS at 0410 and 1920), one UCS each at 0096 = 4, the last segment before
        // where they were expected.
        Assert.That(segments[1..^2], Is.EqualTo(new[]
        {
            "UNH+1+CONTRL:D:3:UN",
            "UCI+DEMO0002+DEMO:ZZ+UNIPASS:ZZ+4+29+UNZ+2",
            "UCM+1+CUSDEC:D:96B:UN+4+29+UNT+2",
            "UCS+4+13",
            "UCS+4+13",
        }));
        Assert.That(segments[^2], Is.EqualTo("UNT+6+1"));
    }

    [Test]
    public async Task Contrl_envelopeLevel_leavesTheMessageStructureAlone()
    {
        var run = await CliRun.RunAsync("contrl", CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi"), "--level", "envelope");

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(Segments(run.Output)[2..^2], Is.EqualTo(new[] { "UCI+DEMO0002+DEMO:ZZ+UNIPASS:ZZ+4+29+UNZ+2", "UCM+1+CUSDEC:D:96B:UN+4+29+UNT+2" }));
    }

    [Test]
    public async Task Contrl_validInterchangeNotAsking_writesNoneUnlessAlways()
    {
        var file = CliRun.Fixture("CUSDEC_DEMO.edi");

        var none = await CliRun.RunAsync("contrl", file, "--level", "envelope");
        var always = await CliRun.RunAsync("contrl", file, "--level", "envelope", "--always");
        var structure = await CliRun.RunAsync("contrl", file);

        Assert.That(none.Exit, Is.EqualTo(1), none.ToString());
        Assert.That(none.Output, Is.Empty);
        Assert.That(none.Error, Does.Contain("asks for no acknowledgement"));
        Assert.That(always.Exit, Is.Zero, always.ToString());
        Assert.That(Segments(always.Output)[2..4], Is.EqualTo(new[] { "UCI+DEMO0001+DEMO:ZZ+UNIPASS:ZZ+7", "UCM+1+CUSDEC:D:96B:UN+7" }));

        // Valid against its directory too: no CONTRL at structure level either.
        Assert.That(structure.Exit, Is.EqualTo(1), structure.ToString());
        Assert.That(structure.Error, Does.Contain("asks for no acknowledgement"));
    }

    [Test]
    public async Task Contrl_noCodeLists_leavesAgreedCodesAlone()
    {
        // The WCO/IATA PAXLST sample writes IATA codes (FTX 4451 'BAG', RFF 1153 'SEA') UNCL does not define.
        var path = SharedData.PathOf("samples/edifact/lenient/gtas__tamr_flight1.txt");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var checkedCodes = await CliRun.RunAsync("contrl", "--lenient", path!);
        var agreedCodes = await CliRun.RunAsync("contrl", "--lenient", "--no-code-lists", path!);

        Assert.That(checkedCodes.Exit, Is.Zero, checkedCodes.ToString());
        Assert.That(agreedCodes.Exit, Is.Zero, agreedCodes.ToString());
        Assert.That(Segments(checkedCodes.Output), Has.Some.StartWith("UCD+12+"));
        var segments = Segments(agreedCodes.Output);
        Assert.That(segments, Has.None.StartWith("UCD+12+"));
        Assert.That(segments, Has.Some.StartWith("UCD+"), "the faults that are not about codes are still reported");
    }

    [Test]
    public async Task Contrl_directory_judgesByThatDirectory()
    {
        // UNH names D.93A, which the gateway does not carry; --directory D96B judges the message as CUSDEC D.96B.
        var text = (await File.ReadAllTextAsync(CliRun.Fixture("CUSDEC_DEMO.edi")))
            .Replace("CUSDEC:D:96B:UN", "CUSDEC:D:93A:UN", StringComparison.Ordinal)
            .Replace("UNS+D'UNS+S'UNT+7+1'", "UNT+5+1'", StringComparison.Ordinal);
        var path = Path.Combine(_folder, "d93a.edi");
        await File.WriteAllTextAsync(path, text);

        var byUnh = await CliRun.RunAsync("contrl", path);
        var byOption = await CliRun.RunAsync("contrl", path, "--directory", "D96B");
        var unknown = await CliRun.RunAsync("contrl", path, "--directory", "D12A");

        Assert.That(byUnh.Exit, Is.EqualTo(1), byUnh.ToString());
        Assert.That(byUnh.Error, Does.Contain("asks for no acknowledgement"));
        Assert.That(byOption.Exit, Is.Zero, byOption.ToString());
        Assert.That(Segments(byOption.Output)[2..^2], Is.EqualTo(new[] { "UCI+DEMO0001+DEMO:ZZ+UNIPASS:ZZ+4", "UCM+1+CUSDEC:D:93A:UN+4", "UCS+4+13", "UCS+4+13" }));
        Assert.That(unknown.Exit, Is.EqualTo(2), unknown.ToString());
        Assert.That(unknown.Error, Does.Contain("no directory D.12A (UN)"));
    }

    [Test]
    public async Task Contrl_version4GroupAskingForAcknowledgement_answersInContrl41()
    {
        var run = await CliRun.RunAsync("contrl", CliRun.Fixture("CUSCAR_GROUP.edi"));

        Assert.That(run.Exit, Is.Zero, run.ToString());
        var segments = Segments(run.Output);
        Assert.That(segments[0], Does.Match(@"^UNB\+UNOC:4\+UNIPASS:ZZ:MANIFESTS\+CARRIER1:ZZ:CARRIER1-OPS\+\d{8}:\d{4}\+[0-9A-F]{14}\+\+\+\+\+\+1$"));
        Assert.That(segments[1..^2], Is.EqualTo(new[]
        {
            "UNH+1+CONTRL:4:1:UN",
            "UCI+CR000042+CARRIER1:ZZ:CARRIER1-OPS+UNIPASS:ZZ:MANIFESTS+7",
            "UCF+G1+CARRIER1:ZZ+CUSTOMS:ZZ+7",
            "UCM+M1+CUSCAR:D:95B:UN+7",
            "UCM+M2+CUSCAR:D:95B:UN+7",
        }));
    }

    [Test]
    public async Task Contrl_aContrl_isNotAnswered()
    {
        var contrl = Path.Combine(_folder, "contrl.edi");
        var first = await CliRun.RunAsync("contrl", CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi"), "--output", contrl);

        var second = await CliRun.RunAsync("contrl", contrl, "--always");

        Assert.That(first.Exit, Is.Zero, first.ToString());
        Assert.That(first.Output, Is.Empty);
        Assert.That(EdifactInterchange.Validate(await File.ReadAllBytesAsync(contrl)).Messages.Single().Header.Type, Is.EqualTo("CONTRL"));
        Assert.That(second.Exit, Is.EqualTo(1), second.ToString());
        Assert.That(second.Error, Does.Contain("a CONTRL is never answered with a CONTRL"));
    }

    [Test]
    public async Task Contrl_notEdifact_writesNone()
    {
        var json = Path.Combine(_folder, "declaration.json");
        await File.WriteAllTextAsync(json, """{ "documentType": "declaration" }""");

        var run = await CliRun.RunAsync("contrl", json);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Does.Contain("not an EDIFACT interchange"));
    }

    [Test]
    public async Task Contrl_missingFile_isAnIoError()
    {
        var run = await CliRun.RunAsync("contrl", Path.Combine(_folder, "missing.edi"));

        Assert.That(run.Exit, Is.EqualTo(2), run.ToString());
        Assert.That(run.Error, Does.Contain("no such file"));
    }

    [Test]
    public async Task Contrl_withoutFile_isAUsageError()
    {
        var run = await CliRun.RunAsync("contrl");

        Assert.That(run.Exit, Is.EqualTo(2), run.ToString());
    }
}
