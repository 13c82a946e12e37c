using System.Net.Http.Headers;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace UniPass.Gateway.Tests.SharedHost;

/// <summary>
/// HTTPS clients of a real gateway that trust exactly its self-signed certificate (the PEM the gateway writes
/// to its data directory), the way <c>curl --cacert</c> does: the chain and the host name are checked.
/// </summary>
internal static class GatewayHttps
{
    public static HttpClient Create(Uri baseAddress, string certificatePem, string? apiKey, Version? httpVersion = null, int maxConnections = int.MaxValue)
    {
        var trusted = X509CertificateLoader.LoadCertificate(File.ReadAllBytes(certificatePem));
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = maxConnections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            SslOptions = new SslClientAuthenticationOptions
            {
                CertificateChainPolicy = new X509ChainPolicy
                {
                    TrustMode = X509ChainTrustMode.CustomRootTrust,
                    CustomTrustStore = { trusted },
                    RevocationMode = X509RevocationMode.NoCheck,
                },
            },
        };
        var client = new HttpClient(handler, disposeHandler: true)
        {
            BaseAddress = baseAddress,
            DefaultRequestVersion = httpVersion ?? System.Net.HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Timeout = TimeSpan.FromSeconds(30),
        };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }
}
