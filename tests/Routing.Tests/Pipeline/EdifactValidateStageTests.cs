using System.Text;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

/// <summary>
/// EDIFACT validation in the pipeline: structure level against the directory UNH S009 names, as the partner's
/// agreement says (strict or lenient, code lists, CONTRL preference); the CONTRL read back by our own reader.
/// </summary>
public sealed class EdifactValidateStageTests
{
    private static string Text(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    private static byte[] Bytes(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>The PAXLST fixture (sender SENDERA), asking for an acknowledgement (UNB 0031 = 1) when <paramref name="ackRequested"/>.</summary>
    private static byte[] Paxlst(bool ackRequested) =>
        ackRequested ? Bytes(Text(Fixture.Host("PAXLST_SENDERA.edi")).Replace("+PAX0001'UNH", "+PAX0001++++1'UNH", StringComparison.Ordinal)) : Fixture.Host("PAXLST_SENDERA.edi");

    /// <summary>A partner sending as the UNB sender of <paramref name="interchange"/>, with <paramref name="configure"/> applied.</summary>
    private static FakePartnerDirectory PartnerOf(byte[] interchange, Func<Partner, Partner>? configure = null)
    {
        var key = Routing.Detection.FormatDetector.Detect(interchange).Interchange!.Value;
        var partner = FakePartnerDirectory.Partner("partner-a", key.Sender + (key.SenderQualifier is { } q ? ":" + q : string.Empty));
        return new FakePartnerDirectory(configure is null ? partner : configure(partner));
    }

    private static Partner WithContrl(Partner partner, ContrlPreference preference) => partner with { Acks = new AckPreferences(preference) };

    private static string[] Segments(ReadOnlyMemory<byte> contrl) => ContrlSegments.Of(contrl.Span);

    private static string Describe(OutboxCompletion completion) => string.Join("; ", completion.Timeline.Select(t => t.Step + " " + t.Detail));

    [Test]
    public async Task ProcessAsync_strictStructureErrors_rejectedWithUcmUcsUcdPerError()
    {
        using var harness = new PipelineHarness();

        // CUSDEC D.96B: DTM 2005 is an..3 (0085 = 39 in C507, component 1, message segment 3), NAD 3035 'Q9' is no UNCL
        // code (0085 = 12, segment 4), and the UNS that closes the detail section (position 1920) is missing before UNT
        // (0085 = 13 at the segment before it, UNS+D at 5). CONTRL S011 counts the tag as position 1.
        var text = Text(Fixture.Host("CUSDEC_DEMO.edi"))
            .Replace("DTM+137:", "DTM+1370:", StringComparison.Ordinal)
            .Replace("NAD+DT+", "NAD+Q9+", StringComparison.Ordinal)
            .Replace("UNS+S'UNT+7+1'", "UNT+6+1'", StringComparison.Ordinal);

        var completion = await harness.RouteAsync(Bytes(text));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Not.Contain(TimelineSteps.Validated).And.Not.Contain(TimelineSteps.Harmonized));
        Assert.That(completion.Timeline[^1].Detail, Is.EqualTo("EDI0126 at 4(DTM):1:1; EDI0131 at 5(NAD):1:1; EDI0110 at 7(UNT):0"));
        var ack = completion.Acks.Single();
        Assert.That(ack.Kind, Is.EqualTo(AckKinds.Contrl));
        var segments = Segments(ack.Content);
        Assert.That(segments[0], Does.Match(@"^UNB\+UNOC:3\+UNIPASS:ZZ\+DEMO:ZZ\+\d{6}:\d{4}\+[0-9A-F]{14}$"));
        Assert.That(segments[1..^2], Is.EqualTo(new[]
        {
            "UNH+1+CONTRL:D:3:UN",
            "UCI+DEMO0001+DEMO:ZZ+UNIPASS:ZZ+4",
            "UCM+1+CUSDEC:D:96B:UN+4",
            "UCS+3",
            "UCD+39+2:1",
            "UCS+4",
            "UCD+12+2",
            "UCS+5+13",
        }));
        var published = harness.Bus.Published.Single();
        Assert.That((published.Topic, published.Key), Is.EqualTo((Topics.Acks, completion.MessageId.ToString())));
        Assert.That(published.Value.ToArray(), Is.EqualTo(ack.Content.ToArray()), "the stored CONTRL is the published one");
    }

    [Test]
    public async Task ProcessAsync_lenientPartner_routesWhatStrictRejectsAndNotesTheWarnings()
    {
        // UNT counts 9 segments where the message has 7 (ISO 9735 0074).
        var wrongCount = Bytes(Text(Fixture.Host("CUSDEC_DEMO.edi")).Replace("UNT+7+1'", "UNT+9+1'", StringComparison.Ordinal));
        using var strict = new PipelineHarness();
        using var lenient = new PipelineHarness(PartnerOf(wrongCount, p => p with
        {
            DeclarantIds = ["DEMO"],
            Edifact = new EdifactPreferences { Mode = EdifactReadMode.Lenient },
        }));

        var rejected = await strict.RouteAsync(wrongCount);
        var routed = await lenient.RouteAsync(wrongCount);

        Assert.That(rejected!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(rejected.Timeline[^1].Detail, Is.EqualTo("EDI0016 at 8(UNT):1:1"));
        Assert.That(routed!.Status, Is.EqualTo(MessageStatus.Routed), Describe(routed));
        Assert.That(routed.Timeline.Single(t => t.Step == TimelineSteps.Validated).Detail, Is.EqualTo("UN/EDIFACT CUSDEC:D:96B:UN structure (lenient); 1 warning(s): EDI0016 at 8(UNT):1:1"));
        Assert.That(lenient.Bus.Published.Select(p => p.Topic), Does.Contain(Topics.Declarations));
    }

    [Test]
    public async Task ProcessAsync_lenientPartnerWithRealSample_passesValidationWithItsWarnings()
    {
        var path = SharedData.PathOf("samples/edifact/lenient/pydifact__v3_aperak.edi");
        Assert.That(path, Is.Not.Null, "../shared/samples is required");
        var sample = await File.ReadAllBytesAsync(path!);
        using var strict = new PipelineHarness();
        using var lenient = new PipelineHarness(PartnerOf(sample, p => p with { Edifact = new EdifactPreferences { Mode = EdifactReadMode.Lenient } }));

        var rejected = await strict.RouteAsync(sample);
        var accepted = await lenient.RouteAsync(sample);

        // Strictly, its UNT count (segment 8) rejects it at validation.
        Assert.That(rejected!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(rejected.Timeline[^1].Detail, Does.Contain("EDI0016 at 8(UNT)"));

        // Leniently it is valid: the recovery is on the timeline, and only routing refuses it (APERAK is an answer, not a customs message).
        var validated = accepted!.Timeline.Single(t => t.Step == TimelineSteps.Validated).Detail;
        Assert.That(validated, Does.StartWith("UN/EDIFACT APERAK:D:96A:UN structure (lenient); ").And.Contain("EDI0016 at 8(UNT)"));
        Assert.That(accepted.Timeline[^1].Detail, Does.StartWith(PipelineDiagnosticIds.UnsupportedMessageType));
    }

    [Test]
    public async Task ProcessAsync_codeListsOff_acceptsAgreedCodes()
    {
        // CUSCAR D.96B with ISO 6346 container size and type codes (EQD C224 8155 45G1, 22G1), which UNCL 8155 does not list.
        var cuscar = Fixture.Mapping("cuscar-d96b.edi");
        using var checking = new PipelineHarness(PartnerOf(cuscar));
        using var agreed = new PipelineHarness(PartnerOf(cuscar, p => p with { Edifact = new EdifactPreferences { CheckCodeLists = false } }));

        var rejected = await checking.RouteAsync(cuscar);
        var routed = await agreed.RouteAsync(cuscar);

        Assert.That(rejected!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(rejected.Timeline[^1].Detail, Is.EqualTo("EDI0131 at 13(EQD):3:1; EDI0131 at 16(EQD):3:1"));
        Assert.That(Text(rejected.Acks.Single().Content.ToArray()), Does.Contain("UCS+12'UCD+12+4:1'UCS+15'UCD+12+4:1'"));
        Assert.That(routed!.Status, Is.EqualTo(MessageStatus.Routed), Describe(routed));
        Assert.That(routed.Timeline.Single(t => t.Step == TimelineSteps.Validated).Detail, Is.EqualTo("UN/EDIFACT CUSCAR:D:96B:UN structure (strict, code lists not checked)"));
    }

    [Test]
    public async Task ProcessAsync_repertoireEnforced_rejectsLowerCaseInUnoa()
    {
        // UNOA (level A) has upper-case letters only: the carrier's name in NAD is written in mixed case.
        var paxlst = Bytes(Text(Fixture.Host("PAXLST_SENDERA.edi")).Replace("NAD+MS+++ZZ AIR OPS'", "NAD+MS+++Zz Air Ops'", StringComparison.Ordinal));
        using var tolerant = new PipelineHarness(PartnerOf(paxlst));
        using var enforcing = new PipelineHarness(PartnerOf(paxlst, p => p with { Edifact = new EdifactPreferences { EnforceRepertoire = true } }));

        var routed = await tolerant.RouteAsync(paxlst);
        var rejected = await enforcing.RouteAsync(paxlst);

        Assert.That(routed!.Status, Is.EqualTo(MessageStatus.Routed), Describe(routed));
        Assert.That(routed.Timeline.Single(t => t.Step == TimelineSteps.Validated).Detail,
            Is.EqualTo("UN/EDIFACT PAXLST:D:02B:UN structure (strict); 1 warning(s): EDI0010 at 4(NAD):4:1"));
        Assert.That(rejected!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(rejected.Timeline[^1].Detail, Is.EqualTo("EDI0010 at 4(NAD):4:1"));
        // CONTRL counts UCS 0096 within the message (UNH = 1) and UCD S011 from the tag (tag = 1).
        Assert.That(Text(rejected.Acks.Single().Content.ToArray()), Does.Contain("UCM+1+PAXLST:D:02B:UN:IATA+4'UCS+3'UCD+21+5:1'"));
    }

    [Test]
    public async Task ProcessAsync_serviceSegmentCodes_areCheckedWithCodeListsOff()
    {
        // UNB 0031 (acknowledgement request) has the single code 1: a service segment is always checked.
        var bad = Bytes(Text(Fixture.Host("PAXLST_SENDERA.edi")).Replace("+PAX0001'UNH", "+PAX0001++++7'UNH", StringComparison.Ordinal));
        using var harness = new PipelineHarness(PartnerOf(bad, p => p with { Edifact = new EdifactPreferences { CheckCodeLists = false } }));

        var completion = await harness.RouteAsync(bad);

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline[^1].Detail, Is.EqualTo("EDI0131 at 1(UNB):9:1"));
    }

    [Test]
    public async Task ProcessAsync_directoryOverride_validatesAgainstThePartnersDirectory()
    {
        // UNH names D.11A, a directory the gateway does not carry (validated at envelope level only), and the flight's
        // DTM that D.02B makes mandatory after TDT is missing. The partner's software writes D.11A for D.02B messages.
        var text = Text(Fixture.Host("PAXLST_SENDERA.edi"))
            .Replace("PAXLST:D:02B:UN:IATA", "PAXLST:D:11A:UN:IATA", StringComparison.Ordinal)
            .Replace("DTM+136:2611291200:201'", string.Empty, StringComparison.Ordinal)
            .Replace("UNT+14+1'", "UNT+13+1'", StringComparison.Ordinal);
        var paxlst = Bytes(text);
        Assert.That(EdifactPreferences.TryParseDirectory("D02B", out var d02b), Is.True);
        using var asNamed = new PipelineHarness(PartnerOf(paxlst));
        using var asAgreed = new PipelineHarness(PartnerOf(paxlst, p => p with { Edifact = new EdifactPreferences { Directory = d02b } }));

        var named = await asNamed.RouteAsync(paxlst);
        var agreed = await asAgreed.RouteAsync(paxlst);

        Assert.That(named!.Timeline.Single(t => t.Step == TimelineSteps.Validated).Detail, Is.EqualTo("UN/EDIFACT PAXLST:D:11A:UN structure (strict)"));
        Assert.That(agreed!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(agreed.Timeline[^1].Detail, Is.EqualTo("EDI0110 at 6(LOC):0"));
    }

    [Test]
    public async Task ProcessAsync_ackRequested_storesAndPublishesAPositiveContrl()
    {
        using var harness = new PipelineHarness(PartnerOf(Paxlst(ackRequested: true)));

        var completion = await harness.RouteAsync(Paxlst(ackRequested: true));

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), Describe(completion));
        var ack = completion.Acks.Single();
        Assert.That((ack.Kind, ack.ContentType, ack.MessageId), Is.EqualTo((AckKinds.Contrl, AckWriter.EdifactMediaType, completion.MessageId)));
        var segments = Segments(ack.Content);
        Assert.That(segments[0], Does.Match(@"^UNB\+UNOA:4\+UNIPASS:ZZ\+SENDERA:ZZ\+\d{8}:\d{4}\+[0-9A-F]{14}$"));
        Assert.That(segments[1..^2], Is.EqualTo(new[]
        {
            "UNH+1+CONTRL:4:1:UN",
            "UCI+PAX0001+SENDERA:ZZ+UNIPASS:ZZ+7",
            "UCM+1+PAXLST:D:02B:UN:IATA+7",
        }));
        Assert.That(completion.Timeline.Select(t => t.Step).TakeLast(3), Is.EqualTo(new[] { TimelineSteps.Published, TimelineSteps.Acknowledged, TimelineSteps.Routed }));
        var published = harness.Bus.Published.Single(p => p.Topic == Topics.Acks);
        Assert.That(published.Key, Is.EqualTo(completion.MessageId.ToString()));
        Assert.That(published.Headers[BusHeaders.MessageId], Is.EqualTo(completion.MessageId.ToString()));
        Assert.That(published.Headers[BusHeaders.MessageType], Is.EqualTo(AckKinds.Contrl));
        Assert.That(published.Value.ToArray(), Is.EqualTo(ack.Content.ToArray()));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Is.EqualTo(new[] { Topics.Passengers, Topics.Acks }), "the acknowledgement follows the records");
    }

    [TestCase(ContrlPreference.OnRequest, false, null)]
    [TestCase(ContrlPreference.OnRequest, true, "7")]
    [TestCase(ContrlPreference.Always, false, "7")]
    [TestCase(ContrlPreference.Always, true, "7")]
    [TestCase(ContrlPreference.ErrorsOnly, false, null)]
    [TestCase(ContrlPreference.ErrorsOnly, true, null)]
    [TestCase(ContrlPreference.ReceivedOnly, false, "8")]
    [TestCase(ContrlPreference.ReceivedOnly, true, "8")]
    public async Task ProcessAsync_acceptedInterchange_isAcknowledgedAsThePartnerPrefers(ContrlPreference preference, bool ackRequested, string? action)
    {
        var paxlst = Paxlst(ackRequested);
        using var harness = new PipelineHarness(PartnerOf(paxlst, p => WithContrl(p, preference)));

        var completion = await harness.RouteAsync(paxlst);

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Routed), Describe(completion));
        if (action is null)
        {
            Assert.That(completion.Acks, Is.Empty);
            Assert.That(harness.Bus.Published.Select(p => p.Topic), Does.Not.Contain(Topics.Acks));
            Assert.That(completion.Timeline.Select(t => t.Step), Does.Not.Contain(TimelineSteps.Acknowledged));
            return;
        }

        var segments = Segments(completion.Acks.Single().Content);
        Assert.That(segments[2], Is.EqualTo("UCI+PAX0001+SENDERA:ZZ+UNIPASS:ZZ+" + action));

        // A receipt (action 8) says nothing below the interchange; an acknowledgement lists the message.
        Assert.That(segments.Any(s => s.StartsWith("UCM+", StringComparison.Ordinal)), Is.EqualTo(action == "7"));
        Assert.That(harness.Bus.Published.Count(p => p.Topic == Topics.Acks), Is.EqualTo(1));
    }

    [TestCase(ContrlPreference.ErrorsOnly)]
    [TestCase(ContrlPreference.OnRequest)]
    public async Task ProcessAsync_rejectedInterchange_alwaysGetsANegativeContrl(ContrlPreference preference)
    {
        var broken = Bytes(Text(Paxlst(ackRequested: false)).Replace("UNT+14+1'", "UNT+15+1'", StringComparison.Ordinal));
        using var harness = new PipelineHarness(PartnerOf(broken, p => WithContrl(p, preference)));

        var completion = await harness.RouteAsync(broken);

        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        var segments = Segments(completion.Acks.Single().Content);
        Assert.That(segments[2], Is.EqualTo("UCI+PAX0001+SENDERA:ZZ+UNIPASS:ZZ+4"));
        Assert.That(segments[3], Is.EqualTo("UCM+1+PAXLST:D:02B:UN:IATA+4+29+UNT+2"));
    }

    [Test]
    public async Task ProcessAsync_contrlSubject_isNeverAnsweredWithAContrl()
    {
        var contrl = Bytes("UNB+UNOC:3+PARTNER:ZZ+UNIPASS:ZZ+261129:1200+C1++++1'UNH+1+CONTRL:D:3:UN'UCI+REF1+UNIPASS:ZZ+PARTNER:ZZ+7'UNT+3+1'UNZ+1+C1'");
        using var harness = new PipelineHarness(PartnerOf(contrl, p => WithContrl(p, ContrlPreference.Always)));

        var completion = await harness.RouteAsync(contrl);

        // Valid (a CONTRL against the service directory), asks for an acknowledgement, from a partner wanting them always:
        // still no CONTRL. Routing refuses the type, and the refusal is the gateway's JSON acknowledgement.
        Assert.That(completion!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Contain(TimelineSteps.Validated));
        Assert.That(completion.Acks.Select(a => a.Kind), Is.EqualTo(new[] { AckKinds.Json }));
        Assert.That(harness.Bus.Published.Where(p => p.Topic == Topics.Acks).Select(p => p.Headers[BusHeaders.MessageType]), Is.EqualTo(new[] { AckKinds.Json }));
    }
}
