using System.Globalization;

namespace UniPass.Gateway.LoadClient;

/// <summary>What to run: <c>--target embedded|postgres --rate N|max [--duration S] [--warmup S] [--connections N] [--concurrency N] [--http 1.1|2] [--pg CS] [--file PATH] [--host-log LEVEL] [--perf-map on] [--set Key=Value]...</c>.</summary>
internal sealed record LoadOptions
{
    public const string Embedded = "embedded";
    public const string Postgres = "postgres";

    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=unipass;Password=unipass;Database=unipass";

    public string Target { get; init; } = Embedded;

    /// <summary>Submissions per second (open loop, latency from the scheduled time), or null for as fast as <see cref="Concurrency"/> clients go.</summary>
    public int? Rate { get; init; }

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>TCP connections (HTTP/1.1) the client may open.</summary>
    public int Connections { get; init; } = 32;

    /// <summary>Closed-loop clients at <c>--rate max</c>.</summary>
    public int Concurrency { get; init; } = 32;

    public bool Http2 { get; init; }

    /// <summary>A PostgreSQL server where the run gets a database of its own (created and dropped).</summary>
    public string PostgresAdmin { get; init; } = Environment.GetEnvironmentVariable("UNIPASS_PG") is { Length: > 0 } cs ? cs : DefaultPostgres;

    /// <summary>A message to send as is, instead of the CUSDEC template with a unique control reference per submission.</summary>
    public string? File { get; init; }

    /// <summary>The host's minimum log level (console).</summary>
    public string HostLogLevel { get; init; } = "Warning";

    /// <summary>Let the host write perf's JIT map file (perf-PID.map in the temporary directory), so that <c>perf record -p PID</c> names JIT-compiled methods.</summary>
    public bool PerfMap { get; init; }

    /// <summary>Host configuration over the run's own (<c>--set Outbox:BatchSize=512</c>, repeatable).</summary>
    public IReadOnlyDictionary<string, string> HostSettings { get; init; } = new Dictionary<string, string>();

    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"'{args[i]}' needs a value.");
            }

            var value = args[i + 1];
            options = args[i] switch
            {
                "--target" when value is Embedded or Postgres => options with { Target = value },
                "--rate" => options with { Rate = value == "max" ? null : Positive(args[i], value) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Positive(args[i], value)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)) },
                "--connections" => options with { Connections = Positive(args[i], value) },
                "--concurrency" => options with { Concurrency = Positive(args[i], value) },
                "--http" when value is "1.1" or "2" => options with { Http2 = value == "2" },
                "--pg" => options with { PostgresAdmin = value },
                "--file" => options with { File = value },
                "--host-log" => options with { HostLogLevel = value },
                "--perf-map" => options with { PerfMap = value == "on" },
                "--set" when value.IndexOf('=') > 0 => options with { HostSettings = new Dictionary<string, string>(options.HostSettings) { [value[..value.IndexOf('=')]] = value[(value.IndexOf('=') + 1)..] } },
                _ => throw new ArgumentException($"unknown option or value: {args[i]} {value}"),
            };
        }

        return options;
    }

    public string Describe() =>
        $"{Target}, {(Rate is { } r ? r.ToString(CultureInfo.InvariantCulture) + "/s" : $"max ({Concurrency} clients)")}, "
        + $"{(Http2 ? "HTTP/2" : $"HTTP/1.1 x{Connections}")}, {Duration.TotalSeconds:F0} s after {Warmup.TotalSeconds:F0} s warm-up"
        + string.Concat(HostSettings.Select(s => $", {s.Key}={s.Value}"));

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive integer (was '{value}').");
}
