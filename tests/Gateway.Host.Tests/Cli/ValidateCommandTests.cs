using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using UniPass.Gateway.Host.Cli;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed partial class ValidateCommandTests
{
    private const string AgreedCodesSample = "portrdam__VIFTSAI0000004.txt";

    private string _temp = null!;

    [SetUp]
    public void CreateTemp() => _temp = Directory.CreateTempSubdirectory("unipass-validate-").FullName;

    [TearDown]
    public void DeleteTemp() => Directory.Delete(_temp, recursive: true);

    [Test]
    public async Task Validate_validInterchange_exits0WithASummaryLine()
    {
        var file = CliRun.Fixture("CUSDEC_DEMO.edi");

        var run = await CliRun.RunAsync("validate", file);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(run.OutputLines, Is.EqualTo(new[] { $"{file}: valid (edifact UNOC:3, 1 message CUSDEC, 0 errors, 0 warnings, structure level)" }));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public async Task Validate_wrongControlCounts_exits1WithAPositionedLinePerFinding()
    {
        var file = CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi");

        var run = await CliRun.RunAsync("validate", file);

        // The structure level finds both UNS segments of CUSDEC D.96B missing, at the segment before which they were due.
        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines, Is.EqualTo(new[]
        {
            $"{file}:6(UNT):0: error EDI0110: Mandatory segment UNS (position 0410) of CUSDEC is missing before UNT (CONTRL 0085=13)",
            $"{file}:6(UNT):0: error EDI0110: Mandatory segment UNS (position 1920) of CUSDEC is missing before UNT (CONTRL 0085=13)",
            $"{file}:6(UNT):1:1: error EDI0016: UNT segment count 6 does not match the 5 segments of message '1' (UNH and UNT included) (CONTRL 0085=29)",
            $"{file}:7(UNZ):1:1: error EDI0013: UNZ control count 2 does not match the 1 messages in the interchange (CONTRL 0085=29)",
            $"{file}: invalid (edifact UNOC:3, 1 message CUSDEC, 4 errors, 0 warnings, structure level)",
        }));
    }

    [Test]
    public async Task Validate_wrongControlCountsAtEnvelopeLevel_reportsOnlyTheEnvelope()
    {
        var file = CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi");

        var run = await CliRun.RunAsync("validate", "--level", "envelope", file);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines, Is.EqualTo(new[]
        {
            $"{file}:6(UNT):1:1: error EDI0016: UNT segment count 6 does not match the 5 segments of message '1' (UNH and UNT included) (CONTRL 0085=29)",
            $"{file}:7(UNZ):1:1: error EDI0013: UNZ control count 2 does not match the 1 messages in the interchange (CONTRL 0085=29)",
            $"{file}: invalid (edifact UNOC:3, 1 message CUSDEC, 2 errors, 0 warnings, envelope level)",
        }));
    }

    [Test]
    public async Task Validate_wrongControlCountsLenient_recoversTheEnvelopeButNotTheMissingSegments()
    {
        var file = CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi");

        var structure = await CliRun.RunAsync("validate", "--lenient", file);
        var envelope = await CliRun.RunAsync("validate", "--lenient", "--level", "envelope", file);

        Assert.That(structure.Exit, Is.EqualTo(1), structure.ToString());
        Assert.That(structure.OutputLines[0], Does.StartWith($"{file}:6(UNT):0: error EDI0110: "));
        Assert.That(structure.OutputLines[2], Does.StartWith($"{file}:6(UNT):1:1: warning EDI0016: "));
        Assert.That(structure.OutputLines[3], Does.StartWith($"{file}:7(UNZ):1:1: warning EDI0013: "));
        Assert.That(structure.OutputLines[4], Is.EqualTo($"{file}: invalid (edifact UNOC:3, 1 message CUSDEC, 2 errors, 2 warnings, structure level)"));
        Assert.That(envelope.Exit, Is.Zero, envelope.ToString());
        Assert.That(envelope.OutputLines[^1], Is.EqualTo($"{file}: valid (edifact UNOC:3, 1 message CUSDEC, 0 errors, 2 warnings, envelope level)"));
    }

    [Test]
    public async Task Validate_directoryOption_judgesByThatDirectoryInsteadOfUnh()
    {
        // UNH names D.93A, which the gateway does not carry: judged at envelope level only, with an
        // info. --directory D96B judges it as CUSDEC D.96B, which finds the UNS segments missing.
        var text = (await File.ReadAllTextAsync(CliRun.Fixture("CUSDEC_DEMO.edi")))
            .Replace("CUSDEC:D:96B:UN", "CUSDEC:D:93A:UN", StringComparison.Ordinal)
            .Replace("UNS+D'UNS+S'UNT+7+1'", "UNT+5+1'", StringComparison.Ordinal);
        var path = Path.Combine(_temp, "d93a.edi");
        await File.WriteAllTextAsync(path, text);

        var byUnh = await CliRun.RunAsync("validate", path);
        var byOption = await CliRun.RunAsync("validate", "--directory", "D96B", path);
        var dotted = await CliRun.RunAsync("validate", "--directory", "UN:D:96B", path);

        Assert.That(byUnh.Exit, Is.Zero, byUnh.ToString());
        Assert.That(byUnh.OutputLines[0], Is.EqualTo($"{path}:2(UNH):2: info EDI0101: Directory D.93A (UN) is not in the catalog: CUSDEC messages of it are validated at envelope level only"));
        Assert.That(byOption.Exit, Is.EqualTo(1), byOption.ToString());
        Assert.That(byOption.OutputLines.Count(l => l.Contains(": error EDI0110: Mandatory segment UNS", StringComparison.Ordinal)), Is.EqualTo(2), byOption.Output);
        Assert.That(dotted.Output, Is.EqualTo(byOption.Output));
    }

    [TestCase("D9")]
    [TestCase("96B")]
    [TestCase("UN:D")]
    [TestCase("UN:D:96BX")]
    public async Task Validate_malformedDirectory_exits2(string directory)
    {
        var run = await CliRun.RunAsync("validate", "--directory", directory, CliRun.Fixture("CUSDEC_DEMO.edi"));

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Error, Does.Contain($"--directory {directory}: not a directory name"));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public async Task Validate_directoryNotCarried_exits2NamingTheOnesThereAre()
    {
        var run = await CliRun.RunAsync("validate", "--directory", "D.12A", CliRun.Fixture("CUSDEC_DEMO.edi"));

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Error, Does.StartWith("error: --directory D.12A: no directory D.12A (UN) in ").And.Contain("d96b"));
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public async Task Validate_enforceRepertoire_turnsUnoaLowerCaseWarningsIntoErrors()
    {
        // GTAS's PAXLST test file declares UNOA (upper case only) and writes names and cities in mixed case.
        var path = SharedData.PathOf("samples/edifact/lenient/gtas__loader_Test1.txt");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var tolerated = await CliRun.RunAsync("validate", "--level", "envelope", path!);
        var enforced = await CliRun.RunAsync("validate", "--level", "envelope", "--enforce-repertoire", path!);
        var lenient = await CliRun.RunAsync("validate", "--lenient", "--level", "envelope", path!);
        var lenientEnforced = await CliRun.RunAsync("validate", "--lenient", "--level", "envelope", "--enforce-repertoire", path!);

        static string[] Positions(CliRun run, string severity) =>
            [.. run.OutputLines.Where(l => l.Contains($": {severity} EDI0010: ", StringComparison.Ordinal)).Select(l => l[..l.IndexOf($": {severity} ", StringComparison.Ordinal)])];

        var warned = Positions(tolerated, "warning");
        Assert.That(warned, Is.Not.Empty, tolerated.ToString());
        Assert.That(warned[0], Is.EqualTo($"{path}:12(NAD):4:1"));
        Assert.That(Positions(tolerated, "error"), Is.Empty);
        Assert.That(enforced.Exit, Is.EqualTo(1), enforced.ToString());
        Assert.That(Positions(enforced, "error"), Is.EqualTo(warned));
        Assert.That(Positions(enforced, "warning"), Is.Empty);

        // Leniently the repertoire is not checked unless asked; asked, it warns and does not reject.
        Assert.That(lenient.Exit, Is.Zero, lenient.ToString());
        Assert.That(Positions(lenient, "warning"), Is.Empty);
        Assert.That(lenientEnforced.Exit, Is.Zero, lenientEnforced.ToString());
        Assert.That(Positions(lenientEnforced, "warning"), Is.EqualTo(warned));
    }

    [TestCase("--no-code-lists")]
    [TestCase("--directory", "D96B")]
    public async Task Validate_structureOptionsAtEnvelopeLevel_exit2(params string[] option)
    {
        var run = await CliRun.RunAsync(["validate", "--level", "envelope", .. option, CliRun.Fixture("CUSDEC_DEMO.edi")]);

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Error, Does.Contain("apply at --level structure only"));
    }

    [Test]
    public async Task Validate_missingInterchangeTrailer_isLocatedByItsByteOffset()
    {
        var text = (await File.ReadAllTextAsync(CliRun.Fixture("CUSDEC_DEMO.edi"))).Replace("UNZ+1+DEMO0001'", string.Empty, StringComparison.Ordinal);
        var path = Path.Combine(_temp, "no-unz.edi");
        await File.WriteAllTextAsync(path, text);

        var run = await CliRun.RunAsync("validate", path);

        // No segment holds it: the position is the end of the input, where UNZ was due.
        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines[0], Is.EqualTo($"{path}:@{text.Length}: error EDI0012: Interchange trailer UNZ missing (CONTRL 0085=13)"));
    }

    [Test]
    public async Task Validate_segmentTooLong_namesTheSegment()
    {
        var text = (await File.ReadAllTextAsync(CliRun.Fixture("CUSDEC_DEMO.edi")))
            .Replace("NAD+DT+DEMO++Demo Trading Ltd'", "NAD+DT+DEMO++" + new string('A', 70_000) + "'", StringComparison.Ordinal);
        var path = Path.Combine(_temp, "long.edi");
        await File.WriteAllTextAsync(path, text);

        var run = await CliRun.RunAsync("validate", path);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines, Has.One.EqualTo($"{path}:5(NAD):0: error EDI0030: Segment exceeds the limit of 65536 bytes (CONTRL 0085=18)"));
    }

    [Test]
    public async Task Validate_validAndInvalid_exits1AndReportsBoth()
    {
        var run = await CliRun.RunAsync("validate", CliRun.Fixture("CUSDEC_DEMO.edi"), CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi"));

        Assert.That(run.Exit, Is.EqualTo(1));
        Assert.That(run.OutputLines.Count(l => l.Contains(": valid (", StringComparison.Ordinal)), Is.EqualTo(1));
        Assert.That(run.OutputLines.Count(l => l.Contains(": invalid (", StringComparison.Ordinal)), Is.EqualTo(1));
    }

    [Test]
    public async Task Validate_missingFile_exits2AndStillValidatesTheOthers()
    {
        var missing = Path.Combine(_temp, "missing.edi");
        var valid = CliRun.Fixture("CUSDEC_DEMO.edi");

        var run = await CliRun.RunAsync("validate", missing, valid);

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Error, Is.EqualTo($"{missing}: error: no such file\n"));
        Assert.That(run.OutputLines, Is.EqualTo(new[] { $"{valid}: valid (edifact UNOC:3, 1 message CUSDEC, 0 errors, 0 warnings, structure level)" }));
    }

    [Test]
    public async Task Validate_directory_exits2()
    {
        var run = await CliRun.RunAsync("validate", _temp);

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Error, Is.EqualTo($"{_temp}: error: is a directory, not a file\n"));
    }

    [TestCase("--strict", "--lenient")]
    [TestCase("--format", "xml")]
    [TestCase("--level", "deep")]
    public async Task Validate_badOptions_exits2(string option, string value)
    {
        var run = await CliRun.RunAsync("validate", option, value, CliRun.Fixture("CUSDEC_DEMO.edi"));

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError), run.ToString());
        Assert.That(run.Output, Is.Empty);
    }

    [Test]
    public async Task Validate_noFile_exits2()
    {
        var run = await CliRun.RunAsync("validate");

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError));
    }

    [Test]
    public async Task Validate_json_hasEveryFieldWithTheInterchangesValues()
    {
        var valid = CliRun.Fixture("CUSDEC_DEMO.edi");
        var invalid = CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi");
        var invalidText = await File.ReadAllTextAsync(invalid);

        var run = await CliRun.RunAsync("validate", "--format", "json", valid, invalid);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var files = json.RootElement;
        Assert.That(files.GetArrayLength(), Is.EqualTo(2));

        var first = files[0];
        Assert.That(first.GetProperty("file").GetString(), Is.EqualTo(valid));
        Assert.That(first.GetProperty("valid").GetBoolean(), Is.True);
        Assert.That(first.GetProperty("format").GetString(), Is.EqualTo("edifact"));
        Assert.That(first.GetProperty("level").GetString(), Is.EqualTo("structure"));
        Assert.That(first.GetProperty("syntax").GetProperty("identifier").GetString(), Is.EqualTo("UNOC"));
        Assert.That(first.GetProperty("syntax").GetProperty("version").GetInt32(), Is.EqualTo(3));
        var message = first.GetProperty("messages").EnumerateArray().Single();
        Assert.That(message.GetProperty("reference").GetString(), Is.EqualTo("1"));
        Assert.That(message.GetProperty("type").GetString(), Is.EqualTo("CUSDEC"));
        Assert.That(message.GetProperty("version").GetString(), Is.EqualTo("D"));
        Assert.That(message.GetProperty("release").GetString(), Is.EqualTo("96B"));
        Assert.That(message.GetProperty("agency").GetString(), Is.EqualTo("UN"));
        Assert.That(message.GetProperty("segmentCount").GetInt32(), Is.EqualTo(7));
        Assert.That(first.GetProperty("diagnostics").GetArrayLength(), Is.Zero);

        var second = files[1];
        Assert.That(second.GetProperty("valid").GetBoolean(), Is.False);
        var diagnostics = second.GetProperty("diagnostics").EnumerateArray().ToArray();
        Assert.That(diagnostics.Select(d => d.GetProperty("id").GetString()), Is.EqualTo(new[] { "EDI0110", "EDI0110", "EDI0016", "EDI0013" }));
        var unt = diagnostics[2];
        Assert.That(unt.GetProperty("id").GetString(), Is.EqualTo("EDI0016"));
        Assert.That(unt.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(unt.GetProperty("contrlCode").GetInt32(), Is.EqualTo(29));
        Assert.That(unt.GetProperty("segmentIndex").GetInt32(), Is.EqualTo(6));
        Assert.That(unt.GetProperty("segmentTag").GetString(), Is.EqualTo("UNT"));
        Assert.That(unt.GetProperty("element").GetInt32(), Is.EqualTo(1));
        Assert.That(unt.GetProperty("component").GetInt32(), Is.EqualTo(1));
        Assert.That(unt.GetProperty("repetition").GetInt32(), Is.Zero);

        // The finding points at the count itself: the byte after "UNT+".
        Assert.That(unt.GetProperty("byteOffset").GetInt64(), Is.EqualTo(invalidText.IndexOf("UNT+6", StringComparison.Ordinal) + "UNT+".Length));
        Assert.That(unt.GetProperty("message").GetString(), Does.StartWith("UNT segment count 6 does not match"));
    }

    [Test]
    public async Task Validate_jsonWithMissingFile_exits2AndStillWritesAnArray()
    {
        var missing = Path.Combine(_temp, "missing.edi");

        var run = await CliRun.RunAsync("validate", "--format", "json", missing);

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError));
        using var json = JsonDocument.Parse(run.Output);
        var file = json.RootElement.EnumerateArray().Single();
        Assert.That(file.GetProperty("file").GetString(), Is.EqualTo(missing));
        Assert.That(file.GetProperty("valid").GetBoolean(), Is.False);
        Assert.That(file.GetProperty("error").GetString(), Is.EqualTo("no such file"));
    }

    [Test]
    public async Task Validate_interchangeLargerThanTheDetectionPeek_readsEveryMessageAndPositionsTheFault()
    {
        // 3,000 messages (~ 400 KB), valid against CUSDEC D.96B but for the last UNT count: detection peeks
        // at the first 64 KiB, validation (structure level, streamed) must still start at byte 0.
        const int messages = 3000;
        var text = new StringBuilder("UNB+UNOC:3+DEMO:ZZ+UNIPASS:ZZ+261129:1200+BIG1'");
        for (var i = 1; i <= messages; i++)
        {
            text.Append($"UNH+{i}+CUSDEC:D:96B:UN'BGM+929+LRN-{i:D6}+9'DTM+137:20261129:102'NAD+DT+DEMO++Demo Trading Ltd'UNS+D'UNS+S'UNT+{(i == messages ? 9 : 7)}+{i}'");
        }

        text.Append($"UNZ+{messages}+BIG1'");
        var path = Path.Combine(_temp, "big.edi");
        await File.WriteAllTextAsync(path, text.ToString());
        var lastUnt = text.ToString().LastIndexOf("UNT+9", StringComparison.Ordinal);

        var run = await CliRun.RunAsync("validate", "--format", "json", path);

        Assert.That(run.Exit, Is.EqualTo(1), run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var file = json.RootElement[0];
        Assert.That(file.GetProperty("messages").GetArrayLength(), Is.EqualTo(messages));
        var finding = file.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.That(finding.GetProperty("id").GetString(), Is.EqualTo("EDI0016"));
        Assert.That(finding.GetProperty("segmentIndex").GetInt32(), Is.EqualTo(1 + (messages * 7)));
        Assert.That(finding.GetProperty("byteOffset").GetInt64(), Is.EqualTo(lastUnt + "UNT+".Length));
    }

    [Test]
    public async Task Validate_interchangeWithMoreMessagesThanAreListed_countsEveryMessage()
    {
        // The result lists the first 10,000 message summaries (bounded memory); the count says how many there were.
        const int messages = 10_050;
        var text = new StringBuilder("UNB+UNOC:3+DEMO:ZZ+UNIPASS:ZZ+261129:1200+MANY1'");
        for (var i = 1; i <= messages; i++)
        {
            text.Append($"UNH+{i}+CUSDEC:D:96B:UN'BGM+929+LRN-{i:D6}+9'UNT+3+{i}'");
        }

        text.Append($"UNZ+{messages}+MANY1'");
        var path = Path.Combine(_temp, "many.edi");
        await File.WriteAllTextAsync(path, text.ToString());

        var json = await CliRun.RunAsync("validate", "--level", "envelope", "--format", "json", path);
        var plain = await CliRun.RunAsync("validate", "--level", "envelope", path);

        Assert.That(json.Exit, Is.Zero, json.ToString());
        using var document = JsonDocument.Parse(json.Output);
        var file = document.RootElement[0];
        Assert.That(file.GetProperty("messageCount").GetInt32(), Is.EqualTo(messages));
        Assert.That(file.GetProperty("messages").GetArrayLength(), Is.LessThan(messages), "the listed summaries are bounded");
        Assert.That(plain.Exit, Is.Zero, plain.ToString());
        Assert.That(plain.Output, Does.Contain($"valid (edifact UNOC:3, {messages} messages CUSDEC, 0 errors, 0 warnings"));
    }

    [Test]
    public async Task Validate_canonicalJson_exits0AndNamesTheDocument()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Routing.Tests", "Fixtures", "declaration.json");

        var run = await CliRun.RunAsync("validate", "--format", "json", path);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var file = json.RootElement[0];
        Assert.That(file.GetProperty("format").GetString(), Is.EqualTo("json"));
        Assert.That(file.GetProperty("syntax").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(file.GetProperty("messages")[0].GetProperty("type").GetString(), Is.EqualTo("declaration"));
    }

    [Test]
    public async Task Validate_malformedJson_exits1WithLineAndColumn()
    {
        var path = Path.Combine(_temp, "broken.json");
        await File.WriteAllTextAsync(path, "{\n  \"documentType\": \"declaration\",\n  \"lrn\": \n}\n");

        var run = await CliRun.RunAsync("validate", path);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines[0], Does.Match($"^{Regex.Escape(path)}:[34]:\\d+: error JSN0001: "));
        Assert.That(run.OutputLines[^1], Is.EqualTo($"{path}: invalid (json, 1 error, 0 warnings)"));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/wco/declarations", "*.xml" })]
    public async Task Validate_wcoDeclarationSample_isValidUnlessNotWellFormed(string path)
    {
        // TT_EX002a is the one sample that is not well-formed (samples/README.md).
        var expectValid = !Path.GetFileName(path).StartsWith("TT_EX002a", StringComparison.Ordinal);

        var run = await CliRun.RunAsync("validate", "--format", "json", path);

        Assert.That(run.Exit, Is.EqualTo(expectValid ? 0 : 1), run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var file = json.RootElement[0];
        Assert.That(file.GetProperty("format").GetString(), Is.AnyOf("wco-xml", "xml"));
        if (!expectValid)
        {
            var error = file.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error");
            Assert.That(error.GetProperty("id").GetString(), Is.EqualTo("WCO0001"));
            Assert.That(error.GetProperty("line").GetInt32(), Is.EqualTo(72));
            Assert.That(error.GetProperty("pointer").GetString(), Does.StartWith("/MetaData/Declaration"));
        }
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/valid", "*" })]
    public async Task Validate_validSample_exits0AtStructureLevel(string path)
    {
        // VIFTSAI0000004 writes codes its partners agreed on where UNCL defines none (BGM 1001 'TS2',
        // RFF 1153 'SSX'): valid without the code lists, rejected with them (below).
        var agreedCodes = Path.GetFileName(path) == AgreedCodesSample;

        var run = await CliRun.RunAsync(agreedCodes ? ["validate", "--no-code-lists", path] : ["validate", path]);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(run.OutputLines[^1], Does.StartWith($"{path}: valid (edifact ").And.EndWith(", structure level)"));
        AssertPositioned(run, path, expectErrors: false);
    }

    [Test]
    public async Task Validate_sampleWithAgreedCodes_isRejectedOnlyForItsCodesWhenCodeListsAreChecked()
    {
        var path = SharedData.PathOf("samples/edifact/valid/" + AgreedCodesSample);
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var run = await CliRun.RunAsync("validate", path!);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            $"{path}:3(BGM):1:1: error EDI0131: 'TS2' is not a code of data element 1001 (CONTRL 0085=12)",
            $"{path}:5(RFF):1:1: error EDI0131: 'SSX' is not a code of data element 1153 (CONTRL 0085=12)",
        }));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/lenient", "*" })]
    public async Task Validate_lenientSampleStrictly_exits1WithPositionedErrors(string path)
    {
        var run = await CliRun.RunAsync("validate", path);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        AssertPositioned(run, path, expectErrors: true);
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/lenient", "*" })]
    public async Task Validate_lenientSampleLenientlyAtEnvelopeLevel_exits0WithPositionedWarnings(string path)
    {
        var run = await CliRun.RunAsync("validate", "--lenient", "--level", "envelope", path);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        AssertPositioned(run, path, expectErrors: false);
        Assert.That(run.OutputLines, Has.Some.Contains(": warning EDI"));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/lenient", "*" })]
    public async Task Validate_lenientSampleLenientlyAtStructureLevel_neverCrashesAndPositionsEveryFinding(string path)
    {
        // Lenient reading recovers the envelope; what a message holds is still judged against its directory.
        var run = await CliRun.RunAsync("validate", "--lenient", path);

        Assert.That(run.Exit, Is.AnyOf(0, 1), run.ToString());
        Assert.That(run.Error, Is.Empty);
        AssertPositioned(run, path, expectErrors: run.Exit == 1);
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/invalid", "*" })]
    public async Task Validate_invalidSample_isRejectedWithPositionedErrors(string path)
    {
        var run = await CliRun.RunAsync("validate", path);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.Error, Is.Empty);
        AssertPositioned(run, path, expectErrors: true);
    }

    [Test]
    public async Task Validate_brokenInvoiceSample_reportsEachFaultAtItsPosition()
    {
        var path = SharedData.PathOf("samples/edifact/invalid/staedi__invoic_d97b_bad.edi");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var run = await CliRun.RunAsync("validate", path!);

        // The faults the sample was broken with (samples/EXPECTED.tsv): NAD+BYZZ, QTY 1020A, PRI $1.179, a second UNS.
        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines.Where(l => l.Contains(": error ", StringComparison.Ordinal)), Is.EqualTo(new[]
        {
            $"{path}:6(NAD):1:1: error EDI0126: Data element 3035 (an..3) is 4 characters long: 'BYZZ' (CONTRL 0085=39)",
            $"{path}:11(QTY):1:2: error EDI0125: Data element 6060 (n..15) holds the invalid character 'A' in '1020A' (CONTRL 0085=37)",
            $"{path}:14(PRI):1:2: error EDI0125: Data element 5118 (n..15) holds the invalid character '$' in '$1.179' (CONTRL 0085=37)",
            $"{path}:22(UNS):0: error EDI0112: Segment UNS (position 2120) occurs 2 times; INVOIC allows at most 1 (CONTRL 0085=35)",
        }));
        Assert.That(run.OutputLines[^1], Is.EqualTo($"{path}: invalid (edifact UNOA:3, 1 message INVOIC, 4 errors, 1 warning, structure level)"));
    }

    // Every line but the summary is FILE:SEGMENT(TAG):ELEMENT[:COMPONENT]: severity EDInnnn: message.
    private static void AssertPositioned(CliRun run, string path, bool expectErrors)
    {
        var findings = run.OutputLines[..^1];
        Assert.That(run.OutputLines[^1], Does.StartWith($"{path}: "));
        foreach (var line in findings)
        {
            Assert.That(line, Does.StartWith(path + ":"));
            Assert.That(FindingLine().IsMatch(line[(path.Length + 1)..]), Is.True, line);
        }

        Assert.That(findings.Any(l => l.Contains(": error EDI", StringComparison.Ordinal)), Is.EqualTo(expectErrors), run.Output);
    }

    // SEGMENT_INDEX(TAG):ELEMENT[:COMPONENT], never segment 0; a finding in no segment has its byte offset (@367).
    [GeneratedRegex(@"^([1-9]\d*(\([A-Z0-9 ]{1,4}\))?:\d+(:\d+)?|@\d+): (error|warning|info) EDI\d{4}: .+")]
    private static partial Regex FindingLine();
}
