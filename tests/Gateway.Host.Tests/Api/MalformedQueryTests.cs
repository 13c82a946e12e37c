using System.Net;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Api;

/// <summary>
/// Every read route answers malformed requests (query parameters of every kind and repetition, ids that are no ids, a
/// cursor this gateway did not issue, times at the ends of the calendar) with a problem naming what is wrong, or with the
/// page asked for: never a server error, on SQLite and on PostgreSQL alike.
/// </summary>
[TestFixture(StorageOptions.Sqlite)]
[TestFixture(StorageOptions.Postgres)]
public sealed class MalformedQueryTests(string provider)
{
    private const int Requests = 400;

    private static readonly string[] Names = ["status", "type", "from", "to", "limit", "cursor", "Limit", "x", ""];

    private static readonly string[] Values =
    [
        "", "received", "rejected", "routed", "answered", "CUSDEC", "0", "-1", "1", "500", "501", "99999999999999999999", "abc",
        "2026-12-01T00:00:00Z", "2026-13-01", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "%", "%zz", "%00", "%FF%FE",
        "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "________________________________", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "+", "'", "\"", "<x>", "☃",
        new string('9', 5000),
    ];

    private TestDatabase _database = null!;
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _factory = new GatewayFactory(_database.Settings());
        _client = _factory.ClientFor(GatewayFactory.KeyA);
        using var posted = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())));
        Assert.That(posted.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _client?.Dispose();
        _factory?.Dispose();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task Get_malformedListingsAndIds_answeredWithoutServerError()
    {
        var random = new Random(ByteMutations.Seed(nameof(MalformedQueryTests)));
        for (var i = 0; i < Requests; i++)
        {
            var parameters = Enumerable.Range(0, random.Next(5)).Select(_ => $"{Names[random.Next(Names.Length)]}={Values[random.Next(Values.Length)]}");
            var id = Uri.EscapeDataString(Values[random.Next(Values.Length)]);
            var path = random.Next(4) switch
            {
                0 => $"{MessagesApi.BasePath}/{id}",
                1 => $"{MessagesApi.BasePath}/{id}/acks",
                _ => MessagesApi.BasePath,
            };
            var uri = path + "?" + string.Join('&', parameters);

            using var response = await _client.GetAsync(uri);

            Assert.That((int)response.StatusCode, Is.LessThan(500), uri + "\n" + string.Join("\n", _factory.Logs.Lines.Where(l => l.Contains("xception")).Take(3)));
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), uri);
            }
        }
    }
}
