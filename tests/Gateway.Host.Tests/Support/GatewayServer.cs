using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using UniPass.Gateway.Host.Hosting;
using UniPass.Gateway.Tests.SharedHost;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>
/// The gateway as it runs in production, in this process: <see cref="GatewayApp.Build"/> with real Kestrel over
/// TLS (its self-signed certificate generated in a private data directory) on a free loopback port, configured by
/// command-line arguments, with the test partners A and B. The services are at hand for route enumeration.
/// </summary>
internal sealed class GatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayServer(WebApplication app, string dataDirectory, Uri baseAddress)
    {
        _app = app;
        DataDirectory = dataDirectory;
        BaseAddress = baseAddress;
    }

    public string DataDirectory { get; }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public string CertificatePem => Path.Combine(DataDirectory, ServerCertificate.PemFileName);

    /// <param name="settings">Configuration (<c>Section:Key</c>) over the defaults: storage, bus and the like.</param>
    public static async Task<GatewayServer> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var data = Directory.CreateTempSubdirectory("unipass-e2e-").FullName;
        var all = TestPartners.Settings();
        all["Gateway:DataDirectory"] = data;
        all["Gateway:ListenHost"] = "127.0.0.1";
        all["Gateway:HttpsPort"] = "0";
        all["Gateway:PrintStartupBanner"] = "false";
        all["Logging:LogLevel:Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var app = GatewayApp.Build([.. all.Where(s => s.Value is not null).Select(s => $"--{s.Key}={s.Value}")]);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new GatewayServer(app, data, new Uri(address));
    }

    public HttpClient ClientFor(string? apiKey, Version? httpVersion = null) => GatewayHttps.Create(BaseAddress, CertificatePem, apiKey, httpVersion);

    public async ValueTask DisposeAsync()
    {
        var kafka = _app.Services.GetService<Routing.Bus.KafkaBus>() is not null;
        await _app.StopAsync();
        try
        {
            await _app.DisposeAsync();
        }
        catch (ObjectDisposedException) when (kafka)
        {
            // The container disposes the Kafka bus once per registration (KafkaBus, IMessageBus, IBusSubscriber)
            // and its DisposeAsync is not idempotent yet; the bus was stopped cleanly by the first call.
        }
        Directory.Delete(DataDirectory, recursive: true);
    }
}
