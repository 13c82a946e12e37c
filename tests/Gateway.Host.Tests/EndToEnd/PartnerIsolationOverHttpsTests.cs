using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Host.Tests.Api;
using UniPass.Gateway.Host.Tests.Support;

namespace UniPass.Gateway.Host.Tests.EndToEnd;

/// <summary>
/// Partner isolation on every route of the gateway as deployed: real Kestrel over TLS (HTTP/2), PostgreSQL and
/// the Kafka bus. Partner A's message is an interchange sent under another sender's identity, so the pipeline
/// rejects it and stores a real CONTRL (0085 = 23) for it: the acknowledgement routes have something to guard.
/// </summary>
public sealed class PartnerIsolationOverHttpsTests : PartnerIsolationContract
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private TestDatabase _database = null!;
    private GatewayServer _server = null!;

    protected override async Task StartAsync()
    {
        _database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        _server = await GatewayServer.StartAsync(ProductionSettings.For(_database, KafkaFixture.BootstrapServers));
        Services = _server.Services;
        A = _server.ClientFor(TestPartners.KeyA, System.Net.HttpVersion.Version20);
        B = _server.ClientFor(TestPartners.KeyB, System.Net.HttpVersion.Version20);
    }

    protected override async Task StopAsync()
    {
        await _server.DisposeAsync();
        await _database.DisposeAsync();
    }

    protected override byte[] MessageOfA() => Fixtures.Cusdec("INTRUDER", Fixtures.NewReference());

    protected override async Task<Guid> AckOfAsync(Guid messageId)
    {
        var outcome = await A.WaitForOutcomeAsync(messageId, Patience);
        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        var acks = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<AckListResponse>(A, MessagesApi.AcksPath(messageId));
        Assert.That(acks!.Items, Is.Not.Empty);
        return acks.Items[0].Id;
    }
}
