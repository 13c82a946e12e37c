using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Host.Tests.Storage;

/// <summary>The HTTPS intake stores the W3C trace context of its intake span with the message.</summary>
public sealed class IntakeTraceTests
{
    [Test]
    public async Task Post_withTraceParentHeader_storesTheIntakeSpanOfTheSendersTrace()
    {
        using var factory = new GatewayFactory();
        using var client = factory.ClientFor(GatewayFactory.KeyA);
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesApi.BasePath) { Content = new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())) };
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        var receipt = await (await client.SendAsync(request)).Content.ReadFromJsonAsync<ReceiptResponse>();
        var entry = (await factory.Services.GetRequiredService<IOutboxStore>().ClaimAsync(10, TimeSpan.FromSeconds(30), "trace-test")).Single();

        Assert.That(entry.MessageId, Is.EqualTo(receipt!.Id));
        Assert.That(ActivityContext.TryParse(entry.TraceParent, null, out var stored), Is.True, entry.TraceParent);
        Assert.That(stored.TraceId.ToHexString(), Is.EqualTo("4bf92f3577b34da6a3ce929d0e0e4736"));
        Assert.That(stored.SpanId.ToHexString(), Is.Not.EqualTo("00f067aa0ba902b7"), "the stored parent is the gateway's intake span");
    }

    [Test]
    public async Task Post_withoutTraceParent_storesANewTrace()
    {
        using var factory = new GatewayFactory();
        using var client = factory.ClientFor(GatewayFactory.KeyA);

        await client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())));
        var entry = (await factory.Services.GetRequiredService<IOutboxStore>().ClaimAsync(10, TimeSpan.FromSeconds(30), "trace-test")).Single();

        Assert.That(ActivityContext.TryParse(entry.TraceParent, null, out _), Is.True, entry.TraceParent);
    }
}
