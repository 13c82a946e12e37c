namespace UniPass.Gateway.Host.Hosting;

/// <summary>Where the gateway keeps its local state and how it listens (configuration section <c>Gateway</c>).</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>
    /// Local state (SQLite file, certificate, demo partner key). A relative path is taken from the current
    /// directory of the process, so <c>dotnet run --project src/Gateway.Host</c> keeps its state in <c>./data</c>
    /// of the directory it is run from. Default <c>data</c>.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>HTTPS port. Default 5443; 0 lets the system choose a free port (with an IP address as <see cref="ListenHost"/>).</summary>
    public int HttpsPort { get; set; } = 5443;

    /// <summary>Host to listen on: <c>localhost</c> (loopback, the default), <c>*</c> (every interface) or an IP address.</summary>
    public string ListenHost { get; set; } = "localhost";

    /// <summary>A PFX to serve instead of the generated self-signed certificate (production).</summary>
    public string? CertificatePath { get; set; }

    /// <summary>Password of <see cref="CertificatePath"/>, when it has one.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>Print the URL, certificate and demo key on start. Default true.</summary>
    public bool PrintStartupBanner { get; set; } = true;

    /// <summary>The absolute data directory (<see cref="DataDirectory"/> against the current directory).</summary>
    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}
