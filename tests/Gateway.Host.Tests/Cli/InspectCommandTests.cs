using System.Text.Json;
using UniPass.Gateway.Host.Cli;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Cli;

public sealed class InspectCommandTests
{
    [Test]
    public async Task Inspect_interchange_showsTheEnvelopeTree()
    {
        var file = CliRun.Fixture("CUSDEC_DEMO.edi");

        var run = await CliRun.RunAsync("inspect", file);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        Assert.That(run.Output, Is.EqualTo(
            $"""
            {file}: interchange DEMO0001
              syntax:                  UNOC:3
              sender:                  DEMO (qualifier ZZ)
              recipient:               UNIPASS (qualifier ZZ)
              prepared:                261129 1200
              control reference:       DEMO0001
              test indicator:          no
              acknowledgement request: no
              application reference:   -
              delimiters:              UNA:+.? ' (component ':', element '+', decimal '.', release '?', repetition none, terminator ''')
              trailer:                 UNZ count 1, reference DEMO0001
              message 1:               CUSDEC:D:96B:UN, 7 segments, segment 2, byte 60
              findings:                0 errors, 0 warnings in a lenient read

            """));
    }

    [Test]
    public async Task Inspect_groupedVersion4Interchange_nestsMessagesUnderTheirGroup()
    {
        var file = CliRun.Fixture("CUSCAR_GROUP.edi");

        var run = await CliRun.RunAsync("inspect", file);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        var lines = run.Output.Split('\n');
        Assert.That(lines, Does.Contain("  sender:                  CARRIER1 (qualifier ZZ, reverse routing CARRIER1-OPS)"));
        Assert.That(lines, Does.Contain("  recipient:               UNIPASS (qualifier ZZ, routing MANIFESTS)"));
        Assert.That(lines, Does.Contain("  test indicator:          yes (1)"));
        Assert.That(lines, Does.Contain("  acknowledgement request: yes (1)"));
        Assert.That(lines, Does.Contain("  application reference:   CUSCAR"));
        var group = Array.FindIndex(lines, l => l.StartsWith("  group G1:", StringComparison.Ordinal));
        Assert.That(group, Is.GreaterThan(0), run.Output);
        Assert.That(lines[group + 1], Does.StartWith("    message M1:            CUSCAR:D:95B:UN, 3 segments, segment 3, byte "));
        Assert.That(lines[group + 2], Does.StartWith("    message M2:            CUSCAR:D:95B:UN, 3 segments, segment 6, byte "));
    }

    [Test]
    public async Task Inspect_json_hasTheInterchangeGroupsAndMessages()
    {
        var file = CliRun.Fixture("CUSCAR_GROUP.edi");
        var text = await File.ReadAllTextAsync(file);

        var run = await CliRun.RunAsync("inspect", "--format", "json", file);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("file").GetString(), Is.EqualTo(file));
        var interchange = root.GetProperty("interchange");
        Assert.That(interchange.GetProperty("syntax").GetProperty("identifier").GetString(), Is.EqualTo("UNOC"));
        Assert.That(interchange.GetProperty("syntax").GetProperty("version").GetInt32(), Is.EqualTo(4));
        Assert.That(interchange.GetProperty("sender").GetProperty("id").GetString(), Is.EqualTo("CARRIER1"));
        Assert.That(interchange.GetProperty("sender").GetProperty("qualifier").GetString(), Is.EqualTo("ZZ"));
        Assert.That(interchange.GetProperty("sender").GetProperty("routing").GetString(), Is.EqualTo("CARRIER1-OPS"));
        Assert.That(interchange.GetProperty("recipient").GetProperty("id").GetString(), Is.EqualTo("UNIPASS"));
        Assert.That(interchange.GetProperty("controlReference").GetString(), Is.EqualTo("CR000042"));
        Assert.That(interchange.GetProperty("date").GetString(), Is.EqualTo("20261130"));
        Assert.That(interchange.GetProperty("time").GetString(), Is.EqualTo("0815"));
        Assert.That(interchange.GetProperty("test").GetBoolean(), Is.True);
        Assert.That(interchange.GetProperty("acknowledgementRequested").GetBoolean(), Is.True);
        Assert.That(interchange.GetProperty("applicationReference").GetString(), Is.EqualTo("CUSCAR"));
        Assert.That(interchange.GetProperty("delimiters").GetProperty("serviceStringAdvice").GetString(), Is.EqualTo("UNA:+.?*'"));
        Assert.That(interchange.GetProperty("delimiters").GetProperty("repetition").GetString(), Is.EqualTo("*"));
        Assert.That(interchange.GetProperty("trailer").GetProperty("controlCount").GetInt32(), Is.EqualTo(1));

        var group = root.GetProperty("groups").EnumerateArray().Single();
        Assert.That(group.GetProperty("reference").GetString(), Is.EqualTo("G1"));
        Assert.That(group.GetProperty("messageGroupId").GetString(), Is.EqualTo("CUSCAR"));
        Assert.That(group.GetProperty("applicationRecipient").GetProperty("id").GetString(), Is.EqualTo("CUSTOMS"));
        var messages = group.GetProperty("messages");
        Assert.That(messages.EnumerateArray().Select(m => m.GetProperty("reference").GetString()), Is.EqualTo(new[] { "M1", "M2" }));
        Assert.That(messages[1].GetProperty("byteOffset").GetInt64(), Is.EqualTo(text.IndexOf("UNH+M2", StringComparison.Ordinal)));
        Assert.That(root.GetProperty("messages").GetArrayLength(), Is.Zero, "every message is in the group");
    }

    [Test]
    public async Task Inspect_notEdifact_exits1()
    {
        var path = Path.Combine(SharedData.RepositoryRoot, "tests", "Routing.Tests", "Fixtures", "declaration.json");

        var run = await CliRun.RunAsync("inspect", path);

        Assert.That(run.Exit, Is.EqualTo(1));
        Assert.That(run.Error, Does.Contain("not an EDIFACT interchange (the content is json)"));
    }

    [Test]
    public async Task Inspect_missingFile_exits2()
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, "no-such-interchange.edi");

        var run = await CliRun.RunAsync("inspect", path);

        Assert.That(run.Exit, Is.EqualTo(CliApp.UsageError));
        Assert.That(run.Error, Is.EqualTo($"{path}: error: no such file\n"));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/valid", "*" })]
    public async Task Inspect_validSample_showsSenderRecipientAndReferenceAsWritten(string path)
    {
        var run = await CliRun.RunAsync("inspect", "--format", "json", path);

        Assert.That(run.Exit, Is.Zero, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var interchange = json.RootElement.GetProperty("interchange");

        // The UNB as written: tag, S001, S002, S003, S004, 0020 (default or UNA element separator).
        var unb = UnbElements(await File.ReadAllBytesAsync(path));
        Assert.That(interchange.GetProperty("sender").GetProperty("id").GetString(), Is.EqualTo(unb.Sender));
        Assert.That(interchange.GetProperty("recipient").GetProperty("id").GetString(), Is.EqualTo(unb.Recipient));
        Assert.That(interchange.GetProperty("controlReference").GetString(), Is.EqualTo(unb.Reference));
        Assert.That(json.RootElement.GetProperty("groups").GetArrayLength() + json.RootElement.GetProperty("messages").GetArrayLength(), Is.GreaterThan(0));
    }

    // An independent look at UNB: the separators the UNA names (or the defaults), the release
    // character honoured (ISO 9735-1 §7.1: the character after it is taken as data).
    private static (string Sender, string Recipient, string Reference) UnbElements(byte[] bytes)
    {
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        char component = ':', element = '+', release = '?', terminator = '\'';
        if (text.StartsWith("UNA", StringComparison.Ordinal))
        {
            (component, element, release, terminator) = (text[3], text[4], text[6], text[8]);
            text = text[9..];
        }

        var elements = new List<List<string>> { new() { string.Empty } };
        for (var i = text.IndexOf("UNB", StringComparison.Ordinal); i < text.Length && text[i] != terminator; i++)
        {
            var c = text[i];
            if (c == release)
            {
                elements[^1][^1] += text[++i];
            }
            else if (c == element)
            {
                elements.Add([string.Empty]);
            }
            else if (c == component)
            {
                elements[^1].Add(string.Empty);
            }
            else
            {
                elements[^1][^1] += c;
            }
        }

        return (elements[2][0], elements[3][0], elements[5][0].Trim());
    }
}
