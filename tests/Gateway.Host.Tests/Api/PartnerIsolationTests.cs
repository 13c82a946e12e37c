using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.Api;

/// <summary>Partner isolation in-process (TestServer, SQLite); the acknowledgement is recorded the way the pipeline does.</summary>
public sealed class PartnerIsolationTests : PartnerIsolationContract
{
    private GatewayFactory _factory = null!;

    protected override Task StartAsync()
    {
        _factory = new GatewayFactory();
        Services = _factory.Services;
        A = _factory.ClientFor(GatewayFactory.KeyA);
        B = _factory.ClientFor(GatewayFactory.KeyB);
        return Task.CompletedTask;
    }

    protected override Task StopAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    protected override async Task<Guid> AckOfAsync(Guid messageId) =>
        (await _factory.CompleteAsync(messageId, AckKinds.Contrl, "application/EDIFACT", "UNB+UNOC:3+UNIPASS+SENDERA+261129:1200+1'"u8.ToArray(), MessageStatus.Routed)).Id;
}
