using System.Text;
using System.Text.Json;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>EDIFACT through the pipeline: one canonical document per UNH message, keyed by its entity; what can not be mapped is rejected with a CONTRL.</summary>
public sealed class EdifactHarmonizeStageTests
{
    private static byte[] MappingFixture(string name) =>
        File.ReadAllBytes(Path.Combine(SharedData.RepositoryRoot, "tests", "Messages.Edifact.Tests", "Fixtures", "Mapping", name));

    [TestCase("paxlst-d02b-passengers.edi", Topics.Passengers, "passengerList", "BA0117/2026-03-15")]
    [TestCase("cuscar-d96b.edi", Topics.Manifests, "cargoReport", "MAN2026031001")]
    [TestCase("cusdec-d96b-import.edi", Topics.Declarations, "declaration", "LRN-2026-0042")]
    public async Task ProcessAsync_mappableEdifact_isRoutedAsCanonicalJsonByItsKey(string fixture, string topic, string documentType, string key)
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(MappingFixture(fixture));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), string.Join("; ", completion.Timeline.Select(t => t.Step + " " + t.Detail)));
        var record = harness.Bus.Published.Single(p => p.Topic == topic);
        using var json = JsonDocument.Parse(record.Value);
        Assert.That(json.RootElement.GetProperty("documentType").GetString(), Is.EqualTo(documentType));
        Assert.That(record.Key, Is.EqualTo(key));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Contain(TimelineSteps.Harmonized));
        Assert.That(record.Headers[BusHeaders.StageSkipped], Does.Not.Contain("harmonize"));
    }

    [Test]
    public async Task ProcessAsync_twoMessages_giveTwoDocuments()
    {
        using var harness = new PipelineHarness();
        var text = Encoding.ASCII.GetString(MappingFixture("cuscar-d95b.edi"));
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
        var text = Encoding.ASCII.GetString(MappingFixture("cusdec-d96b-import.edi")).Replace("BGM+929:::IMA+LRN-2026-0042+9", "BGM+929:::IMA++9", StringComparison.Ordinal);

        var completion = await harness.RouteAsync(Encoding.ASCII.GetBytes(text));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline[^1].Detail, Does.Contain("EDI0201 at 2(UNH)"));
        var ack = completion.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.Contrl));
        Assert.That(Encoding.Latin1.GetString(ack.Content.Span), Does.Contain("UCI+CD0001+").And.Contain("+4+13'"));
    }
}
