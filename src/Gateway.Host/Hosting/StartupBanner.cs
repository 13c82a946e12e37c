using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Host.Partners;

namespace UniPass.Gateway.Host.Hosting;

/// <summary>
/// Once the server listens, prints what a newcomer needs: the URL, the certificate to trust and the demo
/// partner's key file and key. Written to the console, not the log: the key must not travel to log sinks.
/// </summary>
internal sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<GatewayOptions> gateway,
    IOptions<PartnerOptions> partners,
    ServerCertificate certificate,
    IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (gateway.Value.PrintStartupBanner)
        {
            lifetime.ApplicationStarted.Register(Print);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0)
        {
            return;
        }

        var data = gateway.Value.ResolveDataDirectory(environment.ContentRootPath);
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine($"UniPass Gateway is listening on https://{DisplayHost(gateway.Value.ListenHost)}:{gateway.Value.HttpsPort}");
        output.WriteLine($"  data directory : {data}");
        if (certificate.IsSelfSigned)
        {
            output.WriteLine($"  certificate    : {certificate.PemPath} (self-signed; curl --cacert {certificate.PemPath})");
        }

        if (partners.Value.Demo.Enabled)
        {
            var keyPath = Path.Combine(data, DemoPartnerKey.FileName);
            output.WriteLine($"  demo partner   : '{partners.Value.Demo.Id}', API key in {keyPath}");
            output.WriteLine($"  demo API key   : {DemoPartnerKey.LoadOrCreate(data)}");
        }

        output.WriteLine();
        output.Flush();
    }

    private static string DisplayHost(string listenHost) => listenHost is "*" ? "localhost" : listenHost;
}
