using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>
/// The real interchanges of <c>../shared/samples/edifact</c> through the whole pipeline. The valid ones pass validation
/// against their directories (with the partner's codes agreed: the port of Rotterdam's IFTSAI uses SMDG codes); none of
/// them is a customs message (INVOIC, BAPLIE, IFTSAI, PNRGOV, PAORES), so routing refuses the type and says so in UCM
/// (0085 = 14 at UNH S009). The invalid ones are rejected with every error positioned in the CONTRL.
/// </summary>
public sealed class EdifactSampleConformanceTests
{
    private static IEnumerable<TestCaseData> Valid() => SharedData.Cases("samples/edifact/valid");

    private static IEnumerable<TestCaseData> Invalid() => SharedData.Cases("samples/edifact/invalid");

    [Test]
    public void Samples_arePresent()
    {
        Assert.That(Valid().Count(), Is.GreaterThanOrEqualTo(7));
        Assert.That(Invalid().Count(), Is.GreaterThanOrEqualTo(2));
    }

    [TestCaseSource(nameof(Valid))]
    public async Task ProcessAsync_validSample_passesValidationAndOnlyItsTypeIsRefused(string path)
    {
        var sample = await File.ReadAllBytesAsync(path);
        var key = Routing.Detection.FormatDetector.Detect(sample).Interchange;
        Assert.That(key, Is.Not.Null, "a valid interchange has a UNB");
        var partner = FakePartnerDirectory.Partner("partner-a", key!.Value.Sender + (key.Value.SenderQualifier is { } q ? ":" + q : string.Empty)) with
        {
            Edifact = new EdifactPreferences { CheckCodeLists = false },
        };
        using var harness = new PipelineHarness(new FakePartnerDirectory(partner));

        var completion = await harness.RouteAsync(sample);

        var steps = string.Join("; ", completion!.Timeline.Select(t => t.Step + " " + t.Detail));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Contain(TimelineSteps.Validated), steps);
        Assert.That(completion.Status, Is.EqualTo(MessageStatus.Rejected), steps);
        Assert.That(completion.Timeline[^1].Detail, Is.EqualTo(PipelineDiagnosticIds.UnsupportedMessageType + " at UNH/S009/0065"));
        // Read by our reader: the CONTRL answers in the sample's own delimiters (UNA=*.? ~ for one of them).
        var ucm = ContrlSegments.Of(completion.Acks.Single().Content.Span).Where(u => u.StartsWith("UCM+", StringComparison.Ordinal)).ToList();
        Assert.That(ucm, Is.Not.Empty);
        Assert.That(ucm, Has.All.EndsWith("+4+14+UNH+3:1"));
    }

    [TestCaseSource(nameof(Invalid))]
    public async Task ProcessAsync_invalidSample_isRejectedWithEachErrorPositioned(string path)
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(await File.ReadAllBytesAsync(path));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Not.Contain(TimelineSteps.Validated));
        var ack = completion.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.Contrl));
        var segments = ContrlSegments.Of(ack.Content.Span);
        var uci = segments.Single(s => s.StartsWith("UCI+", StringComparison.Ordinal)).Split('+');
        Assert.That(uci[4], Is.EqualTo("4"), "the interchange is rejected");

        // Every error has its place: in UCI (0085 with the UNB/UNZ position), in UCM (with UNH/UNT), or in a UCS (message segment) with its UCDs.
        var findings = completion.Timeline[^1].Detail!.Split("; ");
        Assert.That(findings, Has.All.Match(@"^EDI\d{4} at \d+\([A-Z]{3}\)"), completion.Timeline[^1].Detail);
        Assert.That(uci.Length > 5 || segments.Any(s => s.StartsWith("UCS+", StringComparison.Ordinal) || s.Split('+').Length > 4 && s.StartsWith("UCM+", StringComparison.Ordinal)), Is.True, string.Join("'", segments));
        if (Path.GetFileName(path) == "staedi__invoic_d97b_bad.edi")
        {
            // NAD+BYZZ (3035 an..3: 0085 = 39), QTY 6060 and PRI 5118 not numeric (37, component 2), a second UNS (35).
            Assert.That(segments.SkipWhile(s => !s.StartsWith("UCM+", StringComparison.Ordinal)).Skip(1).TakeWhile(s => s.StartsWith("UC", StringComparison.Ordinal)), Is.EqualTo(new[]
            {
                "UCS+5", "UCD+39+2", "UCS+10", "UCD+37+2:2", "UCS+13", "UCD+37+2:2", "UCS+21+35",
            }));
        }
    }
}
