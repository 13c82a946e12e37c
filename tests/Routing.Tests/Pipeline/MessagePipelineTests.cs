using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Harmonization;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

public sealed class MessagePipelineTests
{
    [Test]
    public async Task ProcessAsync_validCanonicalDeclaration_routesCanonicalJsonKeyedByLrn()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Fixture.Bytes("declaration.json"), contentType: "application/json");

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That(completion.MessageType, Is.EqualTo("declaration"));
        var record = harness.Bus.Published.Single(p => p.Topic == Topics.Declarations);
        Assert.That(record.Key, Is.EqualTo("LRN-2026-0001"));
        Assert.That(record.Headers[BusHeaders.MessageId], Is.EqualTo(completion.MessageId.ToString()));
        Assert.That(record.Headers[BusHeaders.Partner], Is.EqualTo("partner-a"));
        Assert.That(record.Headers[BusHeaders.TraceParent], Does.Match("^00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]$"));
        Assert.That(record.Headers[BusHeaders.StageSkipped], Is.EqualTo("authorize"));
        using var routed = JsonDocument.Parse(record.Value);
        Assert.That(routed.RootElement.GetProperty("lrn").GetString(), Is.EqualTo("LRN-2026-0001"));
        Assert.That(completion.Timeline.Select(t => t.Step), Is.EqualTo(new[]
        {
            TimelineSteps.Detected, TimelineSteps.StageSkipped, TimelineSteps.Validated, TimelineSteps.Harmonized,
            TimelineSteps.Split, TimelineSteps.Published, TimelineSteps.Routed,
        }));
    }

    [Test]
    public async Task ProcessAsync_declaration_publishesEachAgencyPackageOnItsTopicUnderTheSameKey()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Fixture.Bytes("harmonization/import-mixed.json"), contentType: "application/json");

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Is.EqualTo(new[]
        {
            Topics.Declarations, "oga.plant-health", "oga.animal-health", "oga.food-safety", "oga.medicines", "oga.chemicals", "oga.radio", "oga.statistics",
        }));
        Assert.That(completion.Timeline.Single(t => t.Step == TimelineSteps.Split).Detail, Is.EqualTo("declaration: plant-health,animal-health,food-safety,medicines,chemicals,radio,statistics"));
        var catalogue = AgencyCatalogue.LoadDefault();
        foreach (var record in harness.Bus.Published.Where(p => p.Topic.StartsWith(Topics.AgencyPrefix, StringComparison.Ordinal)))
        {
            Assert.That(record.Key, Is.EqualTo("LRN-2026-MIXED-01"), record.Topic);
            Assert.That(record.Headers[BusHeaders.MessageId], Is.EqualTo(completion.MessageId.ToString()));
            Assert.That(record.Headers[BusHeaders.MessageType], Is.EqualTo("declaration"));
            Assert.That(record.Headers[BusHeaders.ContentType], Is.EqualTo("application/json"));
            Assert.That(record.Headers[BusHeaders.StageSkipped], Is.EqualTo("authorize"), "headers like the canonical record's");
            var delivery = JsonNode.Parse(record.Value.Span)!.AsObject();
            var agency = catalogue.Find(delivery["agency"]!.GetValue<string>())!;
            Assert.That(agency.Topic, Is.EqualTo(record.Topic));
            Assert.That(delivery["messageId"]!.GetValue<string>(), Is.EqualTo(completion.MessageId.ToString()));

            // What the agency receives, in the core part and in its own, is only what the catalogue says it needs.
            var needs = agency.Fields("declaration").Concat(catalogue.KeyFields("declaration")).ToHashSet(StringComparer.Ordinal);
            var received = SplitInstances.Of((JsonObject)delivery["common"]!, catalogue, "declaration").Values
                .Concat(SplitInstances.Of((JsonObject)delivery["fields"]!, catalogue, "declaration").Values);
            Assert.That(received.Select(i => i.Pattern).Where(p => !needs.Contains(p)), Is.Empty, record.Topic);
        }
    }

    [Test]
    public async Task ProcessAsync_passengerList_goesToCustomsOnly()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Fixture.Bytes("harmonization/passenger-list.json"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Is.EqualTo(new[] { Topics.Passengers }));
        Assert.That(completion.Timeline.Single(t => t.Step == TimelineSteps.Split).Detail, Is.EqualTo("passengerList: common core only"));
    }

    [Test]
    public async Task ProcessAsync_declarationMissingRequiredMembers_isRejectedWithJsonAckPointingAtThem()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Fixture.Bytes("declaration-without-lrn.json"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        var ack = completion.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.Json));
        using var json = JsonDocument.Parse(ack.Content);
        Assert.That(json.RootElement.GetProperty("documentType").GetString(), Is.EqualTo("response"));
        var findings = json.RootElement.GetProperty("errors").EnumerateArray().Select(f => f.GetProperty("code").GetString() + " " + (f.TryGetProperty("location", out var location) ? location.GetString() : "(document)")).ToList();
        Assert.That(findings, Has.Some.StartsWith("JSN0004"));
        Assert.That(harness.Bus.Published.Single().Topic, Is.EqualTo(Topics.Acks), "the negative ack goes to gateway.acks; nothing is routed");
    }

    [Test]
    public async Task ProcessAsync_businessRuleFindings_areNotedButLeftToTheProcessors()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Fixture.Bytes("declaration-missing-declarant.json"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed));
        var validated = completion.Timeline.Single(t => t.Step == TimelineSteps.Validated);
        Assert.That(validated.Detail, Does.Contain("at /parties").And.Contain("at /goodsItemQuantity"));
    }

    [Test]
    public async Task ProcessAsync_malformedJson_isRejectedWithPointer()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync("{\"documentType\":\"declaration\",\"lrn\":\"X\",\"lrn\":\"Y\"}"u8.ToArray());

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(Encoding.UTF8.GetString(completion.Acks[0].Content.Span), Does.Contain("JSN"));
        Assert.That(completion.Timeline[^1].Step, Is.EqualTo(TimelineSteps.Rejected));
    }

    [Test]
    public async Task ProcessAsync_realPassengerListWithWrongCounts_isRejectedWithContrl()
    {
        using var harness = new PipelineHarness();
        var path = SharedData.PathOf("samples/edifact/lenient/gtas__tamr_flight1.txt");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var completion = await harness.RouteAsync(await File.ReadAllBytesAsync(path!));

        // Judged strictly at structure level: the version 4 UNB's six-digit date (S004 0017 is n8; CONTRL 0085 = 40,
        // UNB position 5:1) rejects the interchange in UCI; UNT says 23 segments where the message has 181 (0074;
        // 0085 = 29) in UCM; the flight's DTM that PAXLST D.02B makes mandatory after TDT is missing (UCS 5, 0085 = 13).
        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Acks.Single().Kind, Is.EqualTo(AckKinds.Contrl));
        var contrl = Encoding.Latin1.GetString(completion.Acks[0].Content.Span);
        Assert.That(contrl, Does.Contain("UCI+123456789+LUFTHANSA:ZZ+HDQCH2X:ZZ+4+40+UNB+5:1'"));
        Assert.That(contrl, Does.Contain("+PAXLST:D:02B:UN:IATA+4+29+UNT+2'UCS+5+13'"));
        Assert.That(completion.Timeline[^1].Detail, Does.StartWith("EDI0127 at 1(UNB):4:1").And.Contain("EDI0016 at 182(UNT):1:1"));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/wco/declarations", "*.xml" })]
    public async Task ProcessAsync_realCdsDeclaration_isReadValidatedAndRoutedAsCanonicalJson(string path)
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(await File.ReadAllBytesAsync(path));

        if (Path.GetFileName(path).StartsWith("TT_EX002a", StringComparison.Ordinal))
        {
            // Not well-formed at its end: rejected with a WCO response naming the error and where.
            Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
            var ack = completion.Acks.Single();
            Assert.That(ack.Kind, Is.EqualTo(AckKinds.WcoResponse));
            var text = Encoding.UTF8.GetString(ack.Content.Span);
            Assert.That(text, Does.Contain("urn:wco:datamodel:WCO:RES-DMS:2"));
            Assert.That(text, Does.Contain("<ValidationCode>WCO"));
            return;
        }

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), string.Join("; ", completion.Timeline.Select(t => t.Step + " " + t.Detail)));
        var record = harness.Bus.Published.Single(p => p.Topic == Topics.Declarations);
        using var json = JsonDocument.Parse(record.Value);
        Assert.That(json.RootElement.GetProperty("documentType").GetString(), Is.EqualTo("declaration"));
        Assert.That(record.Key, Is.EqualTo(json.RootElement.GetProperty("lrn").GetString()));
        Assert.That(record.Headers[BusHeaders.StageSkipped], Is.EqualTo("authorize"));

        // Every declaration feeds trade statistics; any other agency record is keyed by the same LRN.
        var agencies = harness.Bus.Published.Where(p => p.Topic != Topics.Declarations).ToList();
        Assert.That(agencies.Select(p => p.Topic), Does.Contain("oga.statistics").And.All.StartsWith(Topics.AgencyPrefix));
        Assert.That(agencies.Select(p => p.Key), Has.All.EqualTo(record.Key));
    }

    [Test]
    public async Task ProcessAsync_unroutedEdifactType_isRejectedWithContrl()
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Fixture.Bytes("invoic.edi"));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        var ack = completion.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.Contrl));
        var contrl = Encoding.Latin1.GetString(ack.Content.Span);
        Assert.That(contrl, Does.StartWith("UNA:+.? 'UNB+UNOC:3+UNIPASS:ZZ+SENDERA:ZZ+"));

        // The interchange is rejected (UCI 4); the message type (UNH S009/0065, position 3:1) is the reason (0085 = 14).
        Assert.That(contrl, Does.Contain("UNH+1+CONTRL:D:3:UN'UCI+INV1+SENDERA:ZZ+UNIPASS:ZZ+4'UCM+1+INVOIC:D:97B:UN+4+14+UNH+3:1'UNT+4+1'"));
    }

    [Test]
    public async Task ProcessAsync_interchangeFromAnotherSender_isRejectedWithContrl23()
    {
        var partners = new FakePartnerDirectory(FakePartnerDirectory.Partner("partner-a", "OTHER:ZZ"));
        using var harness = new PipelineHarness(partners);
        var path = SharedData.PathOf("samples/edifact/lenient/gtas__tamr_flight1.txt");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");

        var completion = await harness.RouteAsync(await File.ReadAllBytesAsync(path!));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(Encoding.Latin1.GetString(completion.Acks[0].Content.Span), Does.Match(@"UCI\+[^']*\+4\+23\+UNB\+3:1'"));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Is.EqualTo(new[] { Topics.Acks }));
    }

    [Test]
    public async Task ProcessAsync_interchangeFromThePartnersSender_passesAuthorization()
    {
        using var harness = new PipelineHarness();
        var sender = FormatDetector(Fixture.Bytes("invoic.edi"));
        var partners = new FakePartnerDirectory(FakePartnerDirectory.Partner("partner-a", sender, "PAXLST", "CUSDEC"));
        using var authorized = new PipelineHarness(partners);

        var completion = await authorized.RouteAsync(Fixture.Bytes("invoic.edi"));

        // The sender is the partner's, so the rejection is about the type it may not send, not the sender.
        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline[^1].Detail, Does.StartWith(PipelineDiagnosticIds.MessageTypeNotAllowed));
    }

    [TestCase("")]
    [TestCase("hello world")]
    public async Task ProcessAsync_unrecognisedContent_isRejectedWithJsonAck(string text)
    {
        using var harness = new PipelineHarness();

        var completion = await harness.RouteAsync(Encoding.ASCII.GetBytes(text));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Acks[0].Kind, Is.EqualTo(AckKinds.Json));
        Assert.That(Encoding.UTF8.GetString(completion.Acks[0].Content.Span), Does.Contain(PipelineDiagnosticIds.UnknownFormat));
    }

    private static string FormatDetector(byte[] interchange)
    {
        var key = Routing.Detection.FormatDetector.Detect(interchange).Interchange!.Value;
        return key.Sender + ":" + key.SenderQualifier;
    }
}
