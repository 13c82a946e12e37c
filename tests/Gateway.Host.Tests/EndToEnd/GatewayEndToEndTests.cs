using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.EndToEnd;

/// <summary>
/// The gateway as deployed: real Kestrel over TLS on a free port (the client trusts only the certificate the
/// gateway generated), PostgreSQL (a database of this fixture's own) and the Kafka bus on the librdkafka mock
/// cluster. Messages go in over HTTPS; what comes out is read from the topics with a Confluent consumer, once
/// with Debian's kcat, and the acknowledgements are fetched over HTTPS.
/// <para>
/// The assertions follow the contract, not today's stages: a valid customs message is routed (raw or as canonical
/// JSON, keyed as <see cref="RoutingKeys"/> says), and every other message ends rejected with an acknowledgement
/// in its sender's format, or routed; either way the sender can find out.
/// </para>
/// </summary>
public sealed class GatewayEndToEndTests
{
    private const string Carrier = "carrier-c";
    private const string KeyC = "upk_test-key-of-carrier-c-5b0e7d2a41";
    private const string CanonicalJsonMediaType = "application/json";

    /// <summary>W3C Trace Context version 00: <c>00-&lt;trace id&gt;-&lt;parent id&gt;-&lt;flags&gt;</c>.</summary>
    private const string TraceParentPattern = "^00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The UNB S002 senders of the real interchanges in <c>../shared/samples/edifact</c>, all registered for <see cref="Carrier"/>.</summary>
    private static readonly string[] SampleSenders =
    [
        "TZ", "005435656", "5011408000007", "MSC", "APIS*C3K", "SDT", "DL", "LUFTHANSA", "HYUNDAI", "12345678",
        "RECEIVERID", "5400110000009", "01010000253001", "6XPPC", "SENDER", "1A",
    ];

    private TestDatabase _database = null!;
    private GatewayServer _server = null!;
    private HttpClient _a = null!;
    private HttpClient _carrier = null!;
    private TopicReader _topics = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        var settings = ProductionSettings.For(_database, KafkaFixture.BootstrapServers);
        settings["Partners:Entries:2:Id"] = Carrier;
        settings["Partners:Entries:2:ApiKeyHashes:0"] = Routing.Partners.ApiKeyHash.Of(KeyC).ToString();
        settings["Partners:Entries:2:MessageTypes:0"] = "*";
        for (var i = 0; i < SampleSenders.Length; i++)
        {
            settings[$"Partners:Entries:2:EdifactSenders:{i}"] = SampleSenders[i];
        }

        _server = await GatewayServer.StartAsync(settings);
        _a = _server.ClientFor(TestPartners.KeyA, HttpVersion.Version20);
        _carrier = _server.ClientFor(KeyC, HttpVersion.Version20);
        _topics = new TopicReader(KafkaFixture.BootstrapServers);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _a?.Dispose();
        _carrier?.Dispose();
        _topics?.Dispose();
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    /// <summary>Valid customs messages: our fixtures and the UK CDS declarations that validate against their XSD.</summary>
    private static IEnumerable<TestCaseData> ValidMessages()
    {
        yield return new TestCaseData("fixture CUSDEC", Topics.Declarations).SetArgDisplayNames("CUSDEC_DEMO.edi");
        yield return new TestCaseData("fixture PAXLST", Topics.Passengers).SetArgDisplayNames("PAXLST_SENDERA.edi");
        foreach (var file in SamplesExpected(e => e.StartsWith("valid (XSD", StringComparison.Ordinal)))
        {
            yield return new TestCaseData(file, Topics.Declarations).SetArgDisplayNames(Path.GetFileName(file));
        }
    }

    /// <summary>Every other real sample: EDIFACT from carriers and airlines (strict or lenient), broken inputs, WCO notifications.</summary>
    private static IEnumerable<TestCaseData> OtherSamples()
    {
        var valid = SamplesExpected(e => e.StartsWith("valid (XSD", StringComparison.Ordinal)).ToHashSet();
        foreach (var folder in new[] { "samples/edifact/valid", "samples/edifact/lenient", "samples/edifact/invalid", "samples/wco/declarations", "samples/wco/notifications" })
        {
            foreach (var file in SharedData.Files(folder).Where(f => !valid.Contains(f)))
            {
                yield return new TestCaseData(file).SetArgDisplayNames(Path.GetRelativePath(SharedData.PathOf("samples")!, file));
            }
        }
    }

    [TestCaseSource(nameof(ValidMessages))]
    public async Task Submit_validCustomsMessage_routedWithHeadersAndKeyAndItsAcksServed(string source, string topic)
    {
        var body = Body(source);

        var receipt = await _a.SubmitAsync(body, "e2e-" + Guid.NewGuid(), ContentTypeOf(source));
        var outcome = await _a.WaitForOutcomeAsync(receipt.Id, Patience);

        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("routed"), outcome.ToString());
        Assert.That(outcome.Steps().Count(s => s == TimelineSteps.Routed), Is.EqualTo(1));
        var records = _topics.ReadAll(topic, Patience).Where(r => r.Header(BusHeaders.MessageId) == receipt.Id.ToString()).ToList();
        Assert.That(records, Is.Not.Empty, $"no record of {receipt.Id} on {topic}");
        foreach (var record in records)
        {
            AssertHeaders(record, TestPartners.PartnerA);
            Assert.That(record.Key, Is.EqualTo(ExpectedKey(record, body, receipt.Id)), "the record key keeps per-entity order");
        }

        await AssertAcksServedAsync(_a, receipt.Id, expectAtLeastOne: false);
    }

    [TestCaseSource(nameof(OtherSamples))]
    public async Task Submit_realSample_endsWithAnOutcomeTheSenderCanFetch(string file)
    {
        var body = await File.ReadAllBytesAsync(file);

        using var response = await _carrier.PostAsync(MessagesApi.BasePath, GatewayApi.Content(body, contentType: ContentTypeOf(file)));
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            // Some samples are different interchanges under one UNB key (staedi__invoic_d97b.edi and its _bad and _una
            // variants): whichever comes second is refused, and its bytes are kept, rejected, for the sender to fetch.
            await AssertRefusedAsReusedInterchangeAsync(file, body, response);
            return;
        }

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var receipt = (await response.Content.ReadFromJsonAsync<ReceiptResponse>())!;
        var outcome = await _carrier.WaitForOutcomeAsync(receipt.Id, Patience);
        var status = outcome.GetProperty("status").GetString();

        Assert.That(status, Is.AnyOf("routed", "rejected"), outcome.ToString());
        if (status == "rejected")
        {
            // Negative acknowledgement in the sender's format, stored and published on gateway.acks.
            var acks = await AssertAcksServedAsync(_carrier, receipt.Id, expectAtLeastOne: true);
            var expectedKind = receipt.Format == MessageFormatNames.Edifact ? AckKinds.Contrl : receipt.Format is MessageFormatNames.WcoXml or MessageFormatNames.Xml ? AckKinds.WcoResponse : AckKinds.Json;
            Assert.That(acks.Items.Select(a => a.Kind), Does.Contain(expectedKind));
            var published = _topics.ReadAll(Topics.Acks, Patience).Where(r => r.Header(BusHeaders.MessageId) == receipt.Id.ToString()).ToList();
            Assert.That(published, Is.Not.Empty, "the rejection is published on " + Topics.Acks);
            AssertHeaders(published[0], Carrier);
        }
        else
        {
            var records = Topics.All.Where(t => t.StartsWith("customs.", StringComparison.Ordinal))
                .SelectMany(t => _topics.ReadAll(t, Patience))
                .Where(r => r.Header(BusHeaders.MessageId) == receipt.Id.ToString())
                .ToList();
            Assert.That(records, Is.Not.Empty, "a routed message has records on a customs topic");
            AssertHeaders(records[0], Carrier);
        }
    }

    private async Task AssertRefusedAsReusedInterchangeAsync(string file, byte[] body, HttpResponseMessage response)
    {
        var key = FormatDetector.Detect(body).Interchange;
        Assert.That(key, Is.Not.Null, "only an EDIFACT interchange can collide");
        var sameKey = OtherSamples().Select(c => (string)c.Arguments[0]!).Where(f => f != file)
            .Where(f => FormatDetector.Detect(File.ReadAllBytes(f)).Interchange?.ToString() == key!.Value.ToString() && !File.ReadAllBytes(f).SequenceEqual(body));
        Assert.That(sameKey, Is.Not.Empty, $"{file} is refused as a reused interchange key, but no other sample has its key");
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.That(problem.GetProperty("diagnostics")[0].GetProperty("id").GetString(), Is.EqualTo("API0409"));
        var kept = await _carrier.GetFromJsonAsync<System.Text.Json.JsonElement>(problem.GetProperty("instance").GetString());
        Assert.That(kept.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(kept.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))));
    }

    [Test]
    public async Task Kcat_outsideClient_readsTheRoutedRecordWithItsKeyAndHeaders()
    {
        var body = Fixtures.Cusdec("SENDERA", Fixtures.NewReference());
        var receipt = await _a.SubmitAsync(body);
        var outcome = await _a.WaitForOutcomeAsync(receipt.Id, Patience);
        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("routed"));
        var ours = _topics.ReadAll(Topics.Declarations, Patience).Single(r => r.Header(BusHeaders.MessageId) == receipt.Id.ToString());

        var lines = await KcatAsync(["-b", KafkaFixture.BootstrapServers, "-t", Topics.Declarations, "-C", "-e", "-q", "-f", "%p\t%o\t%k\t%h\n"]);

        var line = lines.Select(l => l.Split('\t')).SingleOrDefault(f => f.Length == 4 && f[3].Contains($"{BusHeaders.MessageId}={receipt.Id}", StringComparison.Ordinal));
        Assert.That(line, Is.Not.Null, $"kcat did not see {receipt.Id}:\n{string.Join('\n', lines)}");
        Assert.That(int.Parse(line![0]), Is.EqualTo(ours.Partition));
        Assert.That(long.Parse(line[1]), Is.EqualTo(ours.Offset));
        Assert.That(line[2], Is.EqualTo(ours.Key));
        Assert.That(line[3], Does.Contain($"{BusHeaders.Partner}={TestPartners.PartnerA}"));
        Assert.That(line[3], Does.Match($"{BusHeaders.TraceParent}=00-[0-9a-f]{{32}}-[0-9a-f]{{16}}-[0-9a-f]{{2}}"));
    }

    [Test]
    public async Task Submit_interchangeUnderAnotherSendersIdentity_rejectedWithContrl23FetchedOverHttps()
    {
        var reference = Fixtures.NewReference();
        var receipt = await _a.SubmitAsync(Fixtures.Cusdec("INTRUDER", reference));

        var outcome = await _a.WaitForOutcomeAsync(receipt.Id, Patience);
        var acks = await AssertAcksServedAsync(_a, receipt.Id, expectAtLeastOne: true);

        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        var contrl = acks.Items.Single(a => a.Kind == AckKinds.Contrl);
        // ISO 9735 CONTRL UCI: the interchange's control reference, then action 4 (rejected), 0085 = 23 (unknown
        // sender) in UNB (0013) S002 (S011: position 3, the tag being 1; component 1).
        Assert.That(contrl.Content, Does.Contain($"UCI+{reference}+INTRUDER"));
        Assert.That(contrl.Content, Does.Contain("+4+23+UNB+3:1'"));
    }

    [Test]
    public async Task Submit_interchangeAskingForAcknowledgement_routedWithPositiveContrlFetchedAndPublished()
    {
        var reference = Fixtures.NewReference();
        var body = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(Fixtures.Cusdec("SENDERA", reference))
            .Replace($"+{reference}'UNH", $"+{reference}++++1'UNH", StringComparison.Ordinal));
        var receipt = await _a.SubmitAsync(body);

        var outcome = await _a.WaitForOutcomeAsync(receipt.Id, Patience);
        var acks = await AssertAcksServedAsync(_a, receipt.Id, expectAtLeastOne: true);

        // UNB 0031 = 1 asks for it: UCI and UCM action 7, stored with the message and published on gateway.acks.
        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("routed"));
        Assert.That(outcome.Steps(), Does.Contain(TimelineSteps.Acknowledged));
        var contrl = acks.Items.Single(a => a.Kind == AckKinds.Contrl);
        Assert.That(contrl.Content, Does.Contain($"UCI+{reference}+SENDERA:ZZ+UNIPASS:ZZ+7'UCM+1+CUSDEC:D:96B:UN+7'"));
        var published = _topics.ReadAll(Topics.Acks, Patience).Where(r => r.Header(BusHeaders.MessageId) == receipt.Id.ToString()).ToList();
        Assert.That(published, Has.Count.EqualTo(1));
        AssertHeaders(published[0], TestPartners.PartnerA);
        Assert.That(published[0].Key, Is.EqualTo(receipt.Id.ToString()));
    }

    [Test]
    public async Task Submit_structureError_rejectedWithContrlPositioningTheSegment()
    {
        var reference = Fixtures.NewReference();

        // CUSDEC D.96B closes its detail section with a mandatory UNS (position 1920): without it, the error is at
        // message segment 5 (UNS+D, the last before where it belongs), syntax error 13 "missing".
        var body = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(Fixtures.Cusdec("SENDERA", reference))
            .Replace("UNS+S'UNT+7+1'", "UNT+6+1'", StringComparison.Ordinal));
        var receipt = await _a.SubmitAsync(body);

        var outcome = await _a.WaitForOutcomeAsync(receipt.Id, Patience);
        var acks = await AssertAcksServedAsync(_a, receipt.Id, expectAtLeastOne: true);

        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        var contrl = acks.Items.Single(a => a.Kind == AckKinds.Contrl);
        Assert.That(contrl.Content, Does.Contain($"UCI+{reference}+SENDERA:ZZ+UNIPASS:ZZ+4'UCM+1+CUSDEC:D:96B:UN+4'UCS+5+13'UNT+5+1'"));
        Assert.That(_topics.ReadAll(Topics.Declarations, Patience).Where(r => r.Header(BusHeaders.MessageId) == receipt.Id.ToString()), Is.Empty);
    }

    [Test]
    public async Task Submit_sameIdempotencyKeyOverHttps_originalAnswerAndOneRecordDownstream()
    {
        var key = "e2e-repeat-" + Guid.NewGuid();
        var body = Fixtures.Cusdec("SENDERA", Fixtures.NewReference());
        var first = await _a.SubmitAsync(body, key);
        await _a.WaitForOutcomeAsync(first.Id, Patience);

        var second = await _a.SubmitAsync(body, key);

        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(second.Repeat, Is.True);
        Assert.That(second.Status, Is.EqualTo("routed"));
        var records = _topics.ReadAll(Topics.Declarations, Patience).Count(r => r.Header(BusHeaders.MessageId) == first.Id.ToString());
        Assert.That(records, Is.EqualTo(1));
    }

    private static async Task<AckListResponse> AssertAcksServedAsync(HttpClient client, Guid id, bool expectAtLeastOne)
    {
        var acks = await client.GetFromJsonAsync<AckListResponse>(MessagesApi.AcksPath(id));
        Assert.That(acks!.MessageId, Is.EqualTo(id));
        if (expectAtLeastOne)
        {
            Assert.That(acks.Items, Is.Not.Empty, "an acknowledgement is stored with the message");
        }

        foreach (var ack in acks.Items)
        {
            using var response = await client.GetAsync(ack.Location);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(ack.ContentType));
            Assert.That(bytes, Has.Length.EqualTo(ack.Size));
        }

        return acks;
    }

    private static void AssertHeaders(TopicRecord record, string partner)
    {
        Assert.That(record.Header(BusHeaders.Partner), Is.EqualTo(partner));
        Assert.That(record.Header(BusHeaders.TraceParent), Does.Match(TraceParentPattern), "W3C traceparent");
        Assert.That(record.Header(BusHeaders.MessageType), Is.Not.Empty);
    }

    /// <summary>
    /// The key <see cref="RoutingKeys"/> gives a canonical document; a raw message (no canonical document yet) keeps
    /// its interchange's order, or its own when it has no interchange.
    /// </summary>
    private static string ExpectedKey(TopicRecord record, byte[] body, Guid messageId)
    {
        if (record.Header(BusHeaders.ContentType) == CanonicalJsonMediaType)
        {
            var document = CanonicalJson.Read(record.Value);
            Assert.That(document.Value, Is.Not.Null, "the record is canonical JSON");
            return RoutingKeys.For(document.Value!) ?? messageId.ToString();
        }

        Assert.That(record.Value, Is.EqualTo(body), "a raw record carries the message as received");
        return FormatDetector.Detect(body).Interchange?.ToString() ?? messageId.ToString();
    }

    private static byte[] Body(string source) => source switch
    {
        "fixture CUSDEC" => Fixtures.Cusdec("SENDERA", Fixtures.NewReference()),
        "fixture PAXLST" => Fixtures.Paxlst(),
        _ => File.ReadAllBytes(source),
    };

    private static string ContentTypeOf(string source) =>
        source.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? "text/xml" : "application/EDIFACT";

    /// <summary>The shared samples whose <c>EXPECTED.tsv</c> verdict matches.</summary>
    private static IEnumerable<string> SamplesExpected(Func<string, bool> verdict)
    {
        var table = SharedData.PathOf("samples/EXPECTED.tsv");
        if (table is null || !File.Exists(table))
        {
            return [];
        }

        return File.ReadLines(table).Skip(1)
            .Select(l => l.Split('\t'))
            .Where(f => f.Length > 6 && verdict(f[6]))
            .Select(f => SharedData.PathOf(Path.Combine("samples", f[0]))!)
            .Where(File.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<List<string>> KcatAsync(string[] arguments)
    {
        var start = new ProcessStartInfo("kcat", arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process kcat;
        try
        {
            kcat = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"kcat is not installed ({e.Message}); scripts/services/kcat.sh installs it.");
            throw;
        }

        using (kcat)
        {
            var output = kcat.StandardOutput.ReadToEndAsync();
            var errors = kcat.StandardError.ReadToEndAsync();
            await kcat.WaitForExitAsync(new CancellationTokenSource(Patience).Token);
            Assert.That(kcat.ExitCode, Is.Zero, await errors);
            return [.. (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries)];
        }
    }

}
