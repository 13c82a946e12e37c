using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Api;

/// <summary>
/// Damaged submissions (seeded byte mutations of every kind of message, under media types real clients send) are
/// stored and accepted, or refused with a problem naming why: never a server error, and every accepted one is kept as
/// received (its bytes' SHA-256 on the stored message) and then routed, or rejected with an acknowledgement for the
/// sender, without ever being set aside as a failure (dead-lettered); on SQLite and on PostgreSQL alike.
/// </summary>
[TestFixture(StorageOptions.Sqlite)]
[TestFixture(StorageOptions.Postgres)]
public sealed class MalformedSubmissionTests(string provider)
{
    private const int Submissions = 300;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private static readonly string?[] ContentTypes =
        [null, "application/EDIFACT", "application/xml; charset=utf-8", "application/json", "text/plain; charset=\"iso-8859-1\"", "application/x-www-form-urlencoded", "application/json; charset=bogus", "x/"];

    private TestDatabase _database = null!;
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _factory = new GatewayFactory(_database.Settings(), runPipeline: true);
        _client = _factory.ClientFor(GatewayFactory.KeyA);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client?.Dispose();
        _factory?.Dispose();
        await _database.DisposeAsync();
    }

    [TestCase("CUSDEC", "CUSDEC:D:96B:UN", "CUS\0DEC:D:96B:UN")]
    [TestCase("CUSDEC", "+SENDERA:ZZ+", "+SEND\0ERA:ZZ+")]
    [TestCase("CUSDEC", "Demo Trading Ltd", "Demo\0Trading Ltd")]
    [TestCase("CUSDEC", "CUSDEC:D:96B:UN", "CUSDEC:D:9\06B:UN")]
    [TestCase("CUSDEC", "LRN-DEMO-0001", "LRN-DEMO\0-0001")]
    [TestCase("CUSDEC", "UNOC:3", "UN\0C:3")]
    [TestCase("CUSDEC", "+UNIPASS:ZZ+", "+UNI\0PASS:ZZ+")]
    [TestCase("PAXLST_SENDERA.edi", "ZYSKOWSKA:MARIANNA", "ZYSKOWSKA:MARI\0ANNA")]
    [TestCase("EXPORT_ROSES.json", "Rooted rose cuttings", "Rooted\\u0000rose cuttings")]
    [TestCase("EXPORT_ROSES.json", "LRN-ROSES-1", "LRN-ROSES\\u0000-1")]
    [TestCase("EXPORT_ROSES.json", "Rooted rose cuttings", "Rooted\\ud83drose cuttings")]
    [TestCase("EXPORT_ROSES.json", "Rooted rose cuttings", "Rooted\\ude00rose cuttings")]
    [TestCase("EXPORT_ROSES.json", "LRN-ROSES-1", "LRN-ROSES\\ud83d")]
    [TestCase("EXPORT_ROSES.json", "\"declaration\"", "\"decl\\ud83daration\"")]
    public async Task Post_messageWithNul_endsRoutedOrRejectedNotDeadLettered(string fixture, string original, string damaged)
    {
        // A NUL in a type, a party, a reference or a value: PostgreSQL's text refuses it, so none of it may reach a text column.
        var text = System.Text.Encoding.Latin1.GetString(fixture == "CUSDEC" ? Fixtures.Cusdec("SENDERA", Fixtures.NewReference()) : Fixtures.Read(fixture));
        Assert.That(text, Does.Contain(original));
        var body = System.Text.Encoding.Latin1.GetBytes(text.Replace(original, damaged, StringComparison.Ordinal));

        using var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(body));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();
        var outcome = await _client.WaitForOutcomeAsync(receipt!.Id, Patience);
        var steps = outcome.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("step").GetString()).ToArray();

        Assert.That(outcome.GetProperty("status").GetString(), Is.AnyOf("routed", "rejected"), outcome.ToString());
        Assert.That(steps, Does.Not.Contain("dead-lettered"), outcome.ToString());
    }

    [Test]
    public async Task Post_jsonTypeWithNul_storedAndAccepted()
    {
        // JSON can carry U+0000 ("\u0000"); PostgreSQL's text cannot. The type is a hint: such a one is not kept.
        var body = "{\"documentType\":\"decl\\u0000aration\",\"functionCode\":\"9\"}"u8.ToArray();

        using var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(body));
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted), await response.Content.ReadAsStringAsync());
        Assert.That(receipt!.Format, Is.EqualTo("json"));
        var outcome = await _client.WaitForOutcomeAsync(receipt.Id, Patience);
        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("rejected"), outcome.ToString());
    }

    [Test]
    public async Task Post_mutatedMessages_acceptedAndKeptOrRefusedWithAProblem()
    {
        byte[][] originals =
        [
            Fixtures.Cusdec("SENDERA", Fixtures.NewReference()),
            Fixtures.Paxlst(),
            Fixtures.Read("EXPORT_ROSES.json"),
            .. SharedData.Files("samples/wco/declarations", "*.xml").Take(2).Select(File.ReadAllBytes),
        ];
        var random = new Random(ByteMutations.Seed(nameof(MalformedSubmissionTests)));
        var accepted = new List<(ReceiptResponse Receipt, string Where)>();
        for (var i = 0; i < Submissions; i++)
        {
            var body = ByteMutations.Apply(originals[i % originals.Length], random, "U+:'?<>/=\"&{}[],\r\n 0123456789ABC"u8, maxCopy: 120);
            var content = new ByteArrayContent(body);
            if (ContentTypes[random.Next(ContentTypes.Length)] is { } type && MediaTypeHeaderValue.TryParse(type, out var parsed))
            {
                content.Headers.ContentType = parsed;
            }

            var where = $"submission {i}: {Convert.ToBase64String(body)}";
            using var response = await _client.PostAsync(MessagesApi.BasePath, content);

            Assert.That((int)response.StatusCode, Is.LessThan(500), where);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();
                Assert.That(receipt!.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(body))), where);
                accepted.Add((receipt, where));
            }
            else
            {
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), where);
            }
        }

        Assert.That(accepted, Is.Not.Empty);
        foreach (var (receipt, where) in accepted)
        {
            var outcome = await _client.WaitForOutcomeAsync(receipt.Id, Patience);
            var status = outcome.GetProperty("status").GetString();
            var steps = outcome.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("step").GetString()).ToArray();

            Assert.That(status, Is.AnyOf("routed", "rejected"), where);
            Assert.That(steps, Does.Not.Contain("dead-lettered"), $"{where}: {outcome}");
            if (status == "rejected")
            {
                var acks = await _client.GetFromJsonAsync<System.Text.Json.JsonElement>(receipt.Acks);
                Assert.That(acks.GetProperty("items").GetArrayLength(), Is.GreaterThan(0), $"{where}: the rejection is answered");
            }
        }
    }
}
