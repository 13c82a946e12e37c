using System.Net;
using System.Net.Http.Json;
using System.Text;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.Api;

public sealed class AckEndpointsTests
{
    // ISO 9735-5 CONTRL rejecting the interchange: UCI 0083 = 4 (rejected), 0085 = 23 (unknown interchange sender).
    private const string Contrl = "UNB+UNOC:3+UNIPASS:ZZ+SENDERA:ZZ+261129:1201+ACK1'UNH+1+CONTRL:D:3:UN'UCI+REF1+SENDERA:ZZ+UNIPASS:ZZ+4+23'UNT+3+1'UNZ+1+ACK1'";

    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new GatewayFactory();
        _client = _factory.ClientFor(GatewayFactory.KeyA);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task ListAcks_noneYet_emptyList()
    {
        var id = await Submit();

        var acks = await _client.GetFromJsonAsync<AckListResponse>(MessagesApi.AcksPath(id));

        Assert.That(acks!.MessageId, Is.EqualTo(id));
        Assert.That(acks.Items, Is.Empty);
    }

    [Test]
    public async Task ListAcks_storedContrl_listedWithTextAndLink()
    {
        var id = await Submit();
        var stored = await _factory.CompleteAsync(id, AckKinds.Contrl, "application/EDIFACT", Encoding.ASCII.GetBytes(Contrl), MessageStatus.Rejected);

        var acks = await _client.GetFromJsonAsync<AckListResponse>(MessagesApi.AcksPath(id));

        var ack = acks!.Items.Single();
        Assert.That(ack.Id, Is.EqualTo(stored.Id));
        Assert.That(ack.Kind, Is.EqualTo("CONTRL"));
        Assert.That(ack.ContentType, Is.EqualTo("application/EDIFACT"));
        Assert.That(ack.Content, Is.EqualTo(Contrl));
        Assert.That(ack.Size, Is.EqualTo(Contrl.Length));
        Assert.That(ack.Location, Is.EqualTo($"/api/v1/messages/{id}/acks/{stored.Id}"));
    }

    [Test]
    public async Task GetAck_stored_exactBytesWithStoredMediaType()
    {
        var id = await Submit();
        var bytes = Encoding.ASCII.GetBytes(Contrl);
        var stored = await _factory.CompleteAsync(id, AckKinds.Contrl, "application/EDIFACT", bytes, MessageStatus.Rejected);

        var response = await _client.GetAsync(MessagesApi.AckPath(id, stored.Id));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/EDIFACT"));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.EqualTo(bytes));
    }

    [Test]
    public async Task ListAcks_binaryAck_noInlineText()
    {
        var id = await Submit();
        await _factory.CompleteAsync(id, AckKinds.Json, "application/octet-stream", [0xFF, 0x00, 0xFE], MessageStatus.Routed);

        var acks = await _client.GetFromJsonAsync<AckListResponse>(MessagesApi.AcksPath(id));

        Assert.That(acks!.Items.Single().Content, Is.Null);
    }

    [Test]
    public async Task GetAck_unknownAckOfOwnMessage_404Problem()
    {
        var id = await Submit();

        var response = await _client.GetAsync(MessagesApi.AckPath(id, Guid.NewGuid()));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }

    [Test]
    public async Task GetMessage_afterRejection_statusAndTimelineShowIt()
    {
        var id = await Submit();
        await _factory.CompleteAsync(id, AckKinds.Contrl, "application/EDIFACT", Encoding.ASCII.GetBytes(Contrl), MessageStatus.Rejected);

        var message = await _client.GetFromJsonAsync<System.Text.Json.JsonElement>(MessagesApi.MessagePath(id));

        Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(message.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("step").GetString()), Is.EqualTo(new[] { "received", "rejected" }));
    }

    private async Task<Guid> Submit()
    {
        var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())));
        return (await response.Content.ReadFromJsonAsync<ReceiptResponse>())!.Id;
    }
}
