using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace UniPass.Gateway.Host.Hosting;

/// <summary>
/// The HTTPS certificate: the configured PFX, or a self-signed one for <c>localhost</c> generated on first
/// start and kept in the data directory (PFX for the server, PEM for clients: <c>curl --cacert</c>).
/// Created on first use, so that a host without Kestrel (tests) never makes one.
/// </summary>
public sealed class ServerCertificate
{
    public const string PfxFileName = "gateway-tls.pfx";
    public const string PemFileName = "gateway-tls.pem";

    /// <summary>A regenerated certificate is valid this long.</summary>
    private static readonly TimeSpan Validity = TimeSpan.FromDays(365);

    /// <summary>A certificate expiring sooner than this is replaced at start.</summary>
    private static readonly TimeSpan RenewBefore = TimeSpan.FromDays(7);

    private readonly Lazy<X509Certificate2> _certificate;
    private readonly GatewayOptions _options;
    private readonly string _dataDirectory;
    private readonly TimeProvider _time;

    public ServerCertificate(IOptions<GatewayOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _dataDirectory = _options.ResolveDataDirectory();
        _time = time;
        _certificate = new Lazy<X509Certificate2>(LoadOrCreate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Whether the certificate was generated here (and clients need <see cref="PemPath"/> to trust it).</summary>
    public bool IsSelfSigned => _options.CertificatePath is null;

    /// <summary>The exported public certificate, for clients of a self-signed server.</summary>
    public string PemPath => Path.Combine(_dataDirectory, PemFileName);

    public X509Certificate2 Certificate => _certificate.Value;

    private X509Certificate2 LoadOrCreate()
    {
        if (_options.CertificatePath is { } configured)
        {
            return X509CertificateLoader.LoadPkcs12FromFile(configured, _options.CertificatePassword);
        }

        var pfxPath = Path.Combine(_dataDirectory, PfxFileName);
        if (File.Exists(pfxPath))
        {
            var existing = X509CertificateLoader.LoadPkcs12FromFile(pfxPath, null);
            if (existing.NotAfter.ToUniversalTime() - _time.GetUtcNow().UtcDateTime > RenewBefore)
            {
                if (!File.Exists(PemPath))
                {
                    File.WriteAllText(PemPath, existing.ExportCertificatePem());
                }

                return existing;
            }

            existing.Dispose();
        }

        Directory.CreateDirectory(_dataDirectory);
        var created = CreateSelfSigned(_time.GetUtcNow());
        PrivateFile.WriteAllBytes(pfxPath, created.Export(X509ContentType.Pfx));
        File.WriteAllText(PemPath, created.ExportCertificatePem());
        return created;
    }

    /// <summary>An RSA-2048 server certificate for localhost, 127.0.0.1 and ::1 (RFC 5280 §4.2.1.6 subjectAltName, §4.2.1.12 serverAuth).</summary>
    internal static X509Certificate2 CreateSelfSigned(DateTimeOffset now)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        using var ephemeral = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(Validity));
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pfx), null);
    }
}
