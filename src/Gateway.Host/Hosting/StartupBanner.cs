using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Host.Partners;

namespace UniPass.Gateway.Host.Hosting;

/// <summary>
/// Once the server listens, prints what a newcomer needs: the URL (as bound, so a dynamic port shows), the
/// data directory, the certificate to trust and the demo partner's key file and key. Written to the console,
/// not the log: the key must not travel to log sinks.
/// </summary>
internal sealed class StartupBanner(
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<GatewayOptions> gateway,
    IOptions<PartnerOptions> partners,
    ServerCertificate certificate) : IHostedService
{
    /// <summary>The first line of the banner; what follows it is the URL (scripts and tests read it).</summary>
    public const string ListeningPrefix = "UniPass Gateway is listening on ";

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

        var data = gateway.Value.ResolveDataDirectory();
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine(ListeningPrefix + string.Join(' ', addresses.Select(DisplayAddress)));
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
            if (certificate.IsSelfSigned)
            {
                output.WriteLine($"  try            : curl --cacert {certificate.PemPath} -H \"Authorization: Bearer $(cat {keyPath})\" {DisplayAddress(addresses.First())}{Api.MessagesApi.BasePath}");
            }
        }

        output.WriteLine();
        output.Flush();
    }

    /// <summary>An address to type into a client: Kestrel reports every interface as <c>[::]</c> or <c>0.0.0.0</c>.</summary>
    private static string DisplayAddress(string address) =>
        address.Replace("://[::]:", "://localhost:", StringComparison.Ordinal).Replace("://0.0.0.0:", "://localhost:", StringComparison.Ordinal);
}
