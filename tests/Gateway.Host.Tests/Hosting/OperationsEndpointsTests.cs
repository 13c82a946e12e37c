using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;

namespace UniPass.Gateway.Host.Tests.Hosting;

public sealed class OperationsEndpointsTests
{
    [Test]
    public async Task Readyz_storeNotAnswering_503ThenReady200()
    {
        using var factory = new GatewayFactory();
        using var client = factory.ClientFor(null);

        factory.Store.Ready = false;
        var down = await client.GetAsync("/readyz");
        factory.Store.Ready = true;
        var up = await client.GetAsync("/readyz");
        var live = await client.GetAsync("/healthz");

        Assert.That(down.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
        Assert.That(up.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(live.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task Metrics_afterSubmission_receivedCounterByTypeAndPartner()
    {
        using var factory = new GatewayFactory();
        using var partner = factory.ClientFor(GatewayFactory.KeyA);
        using var scraper = factory.ClientFor(null);

        await partner.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())));
        await partner.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())));
        var text = await scraper.GetStringAsync("/metrics");

        var line = text.Split('\n').Single(l => l.StartsWith("unipass_messages_received_total{", StringComparison.Ordinal));
        Assert.That(line, Does.Contain("message_type=\"CUSDEC\""));
        Assert.That(line, Does.Contain("partner=\"partner-a\""));
        Assert.That(line, Does.Contain("channel=\"https\""));
        Assert.That(line.Split(' ')[1], Is.EqualTo("2"));
        Assert.That(text, Does.Contain("unipass_stage_duration_seconds_bucket{"));
        Assert.That(text, Does.Contain("unipass_outbox_backlog"));
    }

    [Test]
    public async Task OpenApi_document_describesEveryPartnerRouteAndTheBearerScheme()
    {
        using var factory = new GatewayFactory();
        using var client = factory.ClientFor(null);

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        Assert.That(paths.GetProperty("/api/v1/messages").TryGetProperty("post", out _), Is.True);
        Assert.That(paths.GetProperty("/api/v1/messages").TryGetProperty("get", out _), Is.True);
        Assert.That(paths.GetProperty("/api/v1/messages/{id}").TryGetProperty("get", out _), Is.True);
        Assert.That(paths.GetProperty("/api/v1/messages/{id}/acks").TryGetProperty("get", out _), Is.True);
        Assert.That(paths.GetProperty("/api/v1/messages/{id}/acks/{ackId}").TryGetProperty("get", out _), Is.True);
        var body = paths.GetProperty("/api/v1/messages").GetProperty("post").GetProperty("requestBody").GetProperty("content");
        Assert.That(body.EnumerateObject().Select(p => p.Name), Is.SupersetOf(new[] { "application/EDIFACT", "application/xml", "text/xml", "application/json" }));
        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("ApiKey");
        Assert.That(scheme.GetProperty("scheme").GetString(), Is.EqualTo("bearer"));
    }

    [Test]
    public async Task UnknownRoute_404Problem()
    {
        using var factory = new GatewayFactory();
        using var client = factory.ClientFor(GatewayFactory.KeyA);

        var response = await client.GetAsync("/api/v1/messages/not-a-guid");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
    }
}
