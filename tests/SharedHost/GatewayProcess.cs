using System.Diagnostics;
using System.Text;
using UniPass.Gateway.Host.Hosting;

namespace UniPass.Gateway.Tests.SharedHost;

/// <summary>
/// The gateway as a separate OS process (<c>dotnet UniPass.Gateway.Host.dll</c>, the build beside the tests),
/// started in <see cref="WorkingDirectory"/> and configured by environment variables (<c>Section__Key</c>) only,
/// the way an operator runs it. It listens on a free loopback port, read from the start-up banner.
/// <see cref="Kill"/> is SIGKILL: no shutdown code runs.
/// </summary>
internal sealed class GatewayProcess : IDisposable
{
    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(60);

    private readonly Dictionary<string, string?> _settings;
    private readonly StringBuilder _output = new();
    private readonly Lock _outputLock = new();
    private Process? _process;
    private Uri? _bannerUrl;

    /// <param name="workingDirectory">The current directory of the process (its <c>./data</c> unless configured otherwise).</param>
    /// <param name="settings">Configuration (<c>Section:Key</c>); the listener is set to 127.0.0.1 on a free port.</param>
    public GatewayProcess(string workingDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        WorkingDirectory = workingDirectory;
        _settings = new Dictionary<string, string?>(settings)
        {
            ["Gateway:ListenHost"] = "127.0.0.1",
            ["Gateway:HttpsPort"] = "0",
            ["Gateway:PrintStartupBanner"] = "true",
        };
        _settings.TryAdd("Logging:LogLevel:Default", "Warning");
    }

    public string WorkingDirectory { get; }

    /// <summary>The data directory as the process resolves it (<c>Gateway:DataDirectory</c> against its current directory).</summary>
    public string DataDirectory => Path.GetFullPath(_settings.GetValueOrDefault("Gateway:DataDirectory") ?? "data", WorkingDirectory);

    public string CertificatePem => Path.Combine(DataDirectory, ServerCertificate.PemFileName);

    /// <summary>The operating system's id of the running process.</summary>
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException("The gateway process is not running.");

    /// <summary>The URL of the running process (a new port after every start).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>What the process wrote to stdout and stderr, across starts (for assertions and failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_outputLock)
            {
                return _output.ToString();
            }
        }
    }

    public async Task StartAsync()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("The gateway process is running.");
        }

        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "UniPass.Gateway.Host.dll")])
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in _settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        _bannerUrl = null;
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => OnLine(e.Data, listening);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data, null);
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("The gateway process exited before it listened:\n" + Output));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        BaseAddress = await listening.Task.WaitAsync(StartPatience);
    }

    public HttpClient ClientFor(string? apiKey, int maxConnections = int.MaxValue) => GatewayHttps.Create(BaseAddress, CertificatePem, apiKey, maxConnections: maxConnections);

    /// <summary>SIGKILL, then wait until the process is gone.</summary>
    public void Kill()
    {
        if (_process is null)
        {
            return;
        }

        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();

    private void OnLine(string? line, TaskCompletionSource<Uri>? listening)
    {
        if (line is null)
        {
            return;
        }

        lock (_outputLock)
        {
            _output.AppendLine(line);
        }

        if (listening is null)
        {
            return;
        }

        // The banner starts with the URL and ends with an empty line: started means the whole banner is read.
        if (line.StartsWith(StartupBanner.ListeningPrefix, StringComparison.Ordinal))
        {
            _bannerUrl = new Uri(line[StartupBanner.ListeningPrefix.Length..].Split(' ')[0]);
        }
        else if (line.Length == 0 && _bannerUrl is { } url)
        {
            listening.TrySetResult(url);
        }
    }

    /// <summary>The dotnet host running the tests (the gateway runs on the same runtime).</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
}
