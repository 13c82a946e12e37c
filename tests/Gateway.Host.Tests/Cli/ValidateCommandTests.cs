using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using UniPass.Gateway.Host.Cli;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed partial class ValidateCommandTests
{
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
        Assert.That(run.OutputLines, Is.EqualTo(new[] { $"{file}: valid (edifact UNOC:3, 1 message CUSDEC, 0 errors, 0 warnings, envelope level)" }));
        Assert.That(run.Error, Is.Empty);
    }

    [Test]
    public async Task Validate_wrongControlCounts_exits1WithAPositionedLinePerFinding()
    {
        var file = CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi");

        var run = await CliRun.RunAsync("validate", file);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        Assert.That(run.OutputLines, Is.EqualTo(new[]
        {
            $"{file}:6(UNT):1:1: error EDI0016: UNT segment count 6 does not match the 5 segments of message '1' (UNH and UNT included) (CONTRL 0085=29)",
            $"{file}:7(UNZ):1:1: error EDI0013: UNZ control count 2 does not match the 1 messages in the interchange (CONTRL 0085=29)",
            $"{file}: invalid (edifact UNOC:3, 1 message CUSDEC, 2 errors, 0 warnings, envelope level)",
        }));
    }

    [Test]
    public async Task Validate_wrongControlCountsLenient_exits0AndReportsWarnings()
    {
        var file = CliRun.Fixture("CUSDEC_WRONG_COUNTS.edi");

        var run = await CliRun.RunAsync("validate", "--lenient", file);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(run.OutputLines[0], Does.StartWith($"{file}:6(UNT):1:1: warning EDI0016: "));
        Assert.That(run.OutputLines[1], Does.StartWith($"{file}:7(UNZ):1:1: warning EDI0013: "));
        Assert.That(run.OutputLines[2], Is.EqualTo($"{file}: valid (edifact UNOC:3, 1 message CUSDEC, 0 errors, 2 warnings, envelope level)"));
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
        Assert.That(run.OutputLines, Is.EqualTo(new[] { $"{valid}: valid (edifact UNOC:3, 1 message CUSDEC, 0 errors, 0 warnings, envelope level)" }));
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
        var unt = second.GetProperty("diagnostics")[0];
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
        Assert.That(second.GetProperty("diagnostics")[1].GetProperty("id").GetString(), Is.EqualTo("EDI0013"));
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
        // 3,000 messages (~ 300 KB): detection peeks at the first 64 KiB, validation must still start at byte 0.
        const int messages = 3000;
        var text = new StringBuilder("UNB+UNOC:3+DEMO:ZZ+UNIPASS:ZZ+261129:1200+BIG1'");
        for (var i = 1; i <= messages; i++)
        {
            text.Append($"UNH+{i}+CUSDEC:D:96B:UN'BGM+929+LRN-{i:D6}+9'NAD+DT+DEMO++Demo Trading Ltd'UNT+{(i == messages ? 9 : 4)}+{i}'");
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
        Assert.That(finding.GetProperty("segmentIndex").GetInt32(), Is.EqualTo(1 + (messages * 4)));
        Assert.That(finding.GetProperty("byteOffset").GetInt64(), Is.EqualTo(lastUnt + "UNT+".Length));
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
    public async Task Validate_validSample_exits0(string path)
    {
        var run = await CliRun.RunAsync("validate", path);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(run.OutputLines[^1], Does.StartWith($"{path}: valid (edifact "));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/lenient", "*" })]
    public async Task Validate_lenientSampleStrictly_exits1WithPositionedErrors(string path)
    {
        var run = await CliRun.RunAsync("validate", path);

        Assert.That(run.Exit, Is.EqualTo(1), run.ToString());
        AssertPositioned(run, path, expectErrors: true);
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/lenient", "*" })]
    public async Task Validate_lenientSampleLeniently_exits0WithPositionedWarnings(string path)
    {
        var run = await CliRun.RunAsync("validate", "--lenient", path);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        AssertPositioned(run, path, expectErrors: false);
        Assert.That(run.OutputLines, Has.Some.Contains(": warning EDI"));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/invalid", "*" })]
    public async Task Validate_invalidSample_neverCrashesAndPositionsEveryFinding(string path)
    {
        var run = await CliRun.RunAsync("validate", path);

        Assert.That(run.Exit, Is.AnyOf(0, 1), run.ToString());
        Assert.That(run.Error, Is.Empty);
        AssertPositioned(run, path, expectErrors: run.Exit == 1);
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

    [GeneratedRegex(@"^\d+(\([A-Z0-9 ]{1,4}\))?:\d+(:\d+)?: (error|warning|info) EDI\d{4}: .+")]
    private static partial Regex FindingLine();
}
