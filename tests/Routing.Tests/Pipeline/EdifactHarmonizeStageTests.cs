using System.Text;
using System.Text.Json;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>EDIFACT through the pipeline: one canonical document per UNH message, keyed by its entity; what can not be mapped is rejected with a CONTRL.</summary>
public sealed class EdifactHarmonizeStageTests
{
    /// <summary>
    /// A harness whose partner sends <paramref name="interchange"/> under an agreement on its own codes: the mapping
    /// fixtures carry ISO 6346 container types (EQD 8155 45G1), EU tax types (TAX 5153 A00) and the like, which are
    /// not UNCL codes (the interchange is otherwise valid against its directory).
    /// </summary>
    private static PipelineHarness AgreedCodes(byte[] interchange)
    {
        var key = Routing.Detection.FormatDetector.Detect(interchange).Interchange!.Value;
        var partner = FakePartnerDirectory.Partner("partner-a", key.Sender + ":" + key.SenderQualifier) with
        {
            Edifact = new EdifactPreferences { CheckCodeLists = false },
        };
        return new PipelineHarness(new FakePartnerDirectory(partner));
    }

    private static IEnumerable<TestCaseData> Mappable()
    {
        yield return new TestCaseData(Fixture.Host("PAXLST_SENDERA.edi"), false, Topics.Passengers, "passengerList", "ZZ123/2026-11-29").SetArgDisplayNames("PAXLST_SENDERA.edi");
        yield return new TestCaseData(Fixture.Mapping("cuscar-d96b.edi"), true, Topics.Manifests, "cargoReport", "MAN2026031001").SetArgDisplayNames("cuscar-d96b.edi");
        yield return new TestCaseData(Fixture.Host("CUSDEC_DEMO.edi"), false, Topics.Declarations, "declaration", "LRN-DEMO-0001").SetArgDisplayNames("CUSDEC_DEMO.edi");
    }

    [TestCaseSource(nameof(Mappable))]
    public async Task ProcessAsync_mappableEdifact_isRoutedAsCanonicalJsonByItsKey(byte[] interchange, bool agreedCodes, string topic, string documentType, string key)
    {
        using var harness = agreedCodes ? AgreedCodes(interchange) : new PipelineHarness();

        var completion = await harness.RouteAsync(interchange);

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), string.Join("; ", completion.Timeline.Select(t => t.Step + " " + t.Detail)));
        var record = harness.Bus.Published.Single(p => p.Topic == topic);
        using var json = JsonDocument.Parse(record.Value);
        Assert.That(json.RootElement.GetProperty("documentType").GetString(), Is.EqualTo(documentType));
        Assert.That(record.Key, Is.EqualTo(key));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Contain(TimelineSteps.Validated).And.Contain(TimelineSteps.Harmonized));
        Assert.That(record.Headers.GetValueOrDefault(BusHeaders.StageSkipped) ?? string.Empty, Does.Not.Contain("harmonize").And.Not.Contain("validate"));
    }

    [Test]
    public async Task ProcessAsync_twoMessages_giveTwoDocuments()
    {
        using var harness = AgreedCodes(Fixture.Mapping("cuscar-d95b.edi"));
        var text = Encoding.ASCII.GetString(Fixture.Mapping("cuscar-d95b.edi"));
        var unh = text.IndexOf("UNH+", StringComparison.Ordinal);
        var unz = text.IndexOf("UNZ+", StringComparison.Ordinal);
        var message = text[unh..unz];
        var two = text[..unh] + message + message.Replace("UNH+1+", "UNH+2+", StringComparison.Ordinal).Replace("UNT+47+1", "UNT+47+2", StringComparison.Ordinal)
            .Replace("MAN2026031001", "MAN2026031002", StringComparison.Ordinal) + "UNZ+2+CC0001'\n";

        var completion = await harness.RouteAsync(Encoding.ASCII.GetBytes(two));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), string.Join("; ", completion.Timeline.Select(t => t.Step + " " + t.Detail)));
        Assert.That(harness.Bus.Published.Where(p => p.Topic == Topics.Manifests).Select(p => p.Key), Is.EqualTo(new[] { "MAN2026031001", "MAN2026031002" }));
    }

    [Test]
    public async Task ProcessAsync_unmappableEdifact_isRejectedWithContrlNamingTheFinding()
    {
        using var harness = new PipelineHarness();

        // BGM C106 is conditional in CUSDEC D.96B (valid against the directory), but a declaration has no LRN without it.
        var text = Encoding.ASCII.GetString(Fixture.Host("CUSDEC_DEMO.edi")).Replace("BGM+929+LRN-DEMO-0001+9", "BGM+929++9", StringComparison.Ordinal);

        var completion = await harness.RouteAsync(Encoding.ASCII.GetBytes(text));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Contain(TimelineSteps.Validated));
        Assert.That(completion.Timeline[^1].Detail, Does.Contain("EDI0201 at 2(UNH)"));
        var ack = completion.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.Contrl));
        Assert.That(Encoding.Latin1.GetString(ack.Content.Span), Does.Contain("UCI+DEMO0001+").And.Contain("+4+13'"));
    }
}
