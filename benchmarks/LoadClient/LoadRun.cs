using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Tests.SharedHost;
using UniPass.Gateway.Tests.SharedKafka;

namespace UniPass.Gateway.LoadClient;

/// <summary>
/// One load run: starts the gateway as a child process (the embedded default, or PostgreSQL in a database of the
/// run's own plus the Kafka mock cluster hosted here), warms it up, measures one window, waits until everything
/// accepted is routed, and reads every message's timeline summary back for the end-to-end figures.
/// </summary>
internal static class LoadRun
{
    private const string Partner = "load";
    private const int Partitions = 3;
    private static readonly TimeSpan DrainPatience = TimeSpan.FromMinutes(5);

    public static async Task<LoadReport> RunAsync(LoadOptions options, TextWriter log)
    {
        var key = "upk_load-" + Guid.NewGuid().ToString("N");
        var settings = new Dictionary<string, string?>
        {
            ["Partners:Demo:Enabled"] = "false",
            ["Partners:Entries:0:Id"] = Partner,
            ["Partners:Entries:0:ApiKeyHashes:0"] = ApiKeyHash.Of(key).ToString(),
            ["Partners:Entries:0:EdifactSenders:0"] = MessageSource.Sender,
            ["Partners:Entries:0:MessageTypes:0"] = "*",
            ["Partners:Entries:0:DeclarantIds:0"] = MessageSource.Sender,
            // The load is one partner; its budget must not be what is measured.
            ["RateLimit:RequestsPerSecond"] = "1000000",
            ["RateLimit:Burst"] = "1000000",
            ["Logging:LogLevel:Default"] = options.HostLogLevel,
        };

        foreach (var (name, value) in options.HostSettings)
        {
            settings[name] = value;
        }

        if (options.PerfMap)
        {
            settings["DOTNET_PerfMapEnabled"] = "1";
        }

        var work = Directory.CreateTempSubdirectory("unipass-load-");
        string? database = null;
        KafkaMockCluster? kafka = null;
        try
        {
            if (options.Target == LoadOptions.Postgres)
            {
                database = "unipass_load_" + Guid.NewGuid().ToString("N")[..8];
                await ExecuteAsync(options.PostgresAdmin, $"CREATE DATABASE {database}");
                kafka = new KafkaMockCluster(brokers: 3);
                foreach (var topic in Topics.All)
                {
                    kafka.CreateTopic(topic, Partitions, replicationFactor: 3);
                }

                settings["Storage:Provider"] = "postgres";
                settings["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(options.PostgresAdmin) { Database = database }.ConnectionString;
                settings["Bus:Provider"] = "kafka";
                settings["Bus:BootstrapServers"] = kafka.BootstrapServers;
            }

            var messages = new MessageSource(options.File);
            using var gateway = new GatewayProcess(work.FullName, settings);
            await gateway.StartAsync();
            log.WriteLine($"gateway {gateway.BaseAddress} (pid {gateway.ProcessId}), {options.Describe()}; {messages.Describe()}");
            using var client = GatewayHttps.Create(gateway.BaseAddress, gateway.CertificatePem, key, options.Http2 ? HttpVersion.Version20 : HttpVersion.Version11, options.Connections);
            using var tail = kafka is null ? null : new RoutedTail(kafka.BootstrapServers, Partitions);
            var sender = new Sender(client, messages);

            if (options.Warmup > TimeSpan.Zero)
            {
                await SendAsync(sender, options, options.Warmup);
                await WaitDrainedAsync(client);
            }

            using var host = Process.GetProcessById(gateway.ProcessId);
            var loadBefore = LoadAverage();
            var cpuBefore = host.TotalProcessorTime;
            var clock = new WallClock();
            var submissions = await SendAsync(sender, options, options.Duration);
            var windowEnd = Stopwatch.GetTimestamp();
            host.Refresh();
            var cpuIntake = host.TotalProcessorTime - cpuBefore;
            await WaitDrainedAsync(client);
            host.Refresh();
            var cpuAll = host.TotalProcessorTime - cpuBefore;
            var loadAfter = LoadAverage();

            var stored = await ListAllAsync(client);
            await DescribeOutcomesAsync(client, stored, log);
            return LoadReport.From(options, submissions, stored, tail?.Arrivals, clock, windowEnd, cpuIntake, cpuAll, loadBefore, loadAfter);
        }
        finally
        {
            kafka?.Dispose();
            if (database is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(options.PostgresAdmin, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            }

            work.Delete(recursive: true);
        }
    }

    private static Task<List<Submission>> SendAsync(Sender sender, LoadOptions options, TimeSpan duration) =>
        options.Rate is { } rate ? sender.RunAtRateAsync(rate, duration) : sender.RunAtMaxAsync(options.Concurrency, duration);

    /// <summary>Waits until the partner has no message left in <c>received</c>.</summary>
    private static async Task WaitDrainedAsync(HttpClient client)
    {
        var deadline = DateTime.UtcNow + DrainPatience;
        while ((await client.GetFromJsonAsync<MessageListResponse>($"{MessagesApi.BasePath}?status=received&limit=1"))!.Items.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Messages still 'received' after {DrainPatience}.");
            }

            await Task.Delay(100);
        }
    }

    private static async Task<Dictionary<Guid, MessageSummaryResponse>> ListAllAsync(HttpClient client)
    {
        var all = new Dictionary<Guid, MessageSummaryResponse>();
        string? next = $"{MessagesApi.BasePath}?limit={MessageQuery.MaxLimit}";
        while (next is not null)
        {
            var page = (await client.GetFromJsonAsync<MessageListResponse>(next))!;
            foreach (var item in page.Items)
            {
                all[item.Id] = item;
            }

            next = page.Next;
        }

        return all;
    }

    /// <summary>Counts the stored messages by status; when some are not routed, prints the first one's timeline (the figures count routed messages only).</summary>
    private static async Task DescribeOutcomesAsync(HttpClient client, Dictionary<Guid, MessageSummaryResponse> stored, TextWriter log)
    {
        log.WriteLine("statuses       : " + string.Join(", ", stored.Values.GroupBy(m => m.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}")));
        if (stored.Values.FirstOrDefault(m => m.Status != "routed") is { } other)
        {
            log.WriteLine($"not routed     : {await client.GetStringAsync(other.Location)}");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}

/// <summary>Maps Stopwatch timestamps to UTC wall time (the gateway's timeline is in UTC from the same machine clock).</summary>
internal sealed class WallClock
{
    private readonly DateTimeOffset _wall = DateTimeOffset.UtcNow;
    private readonly long _timestamp = Stopwatch.GetTimestamp();

    public DateTimeOffset At(long timestamp) => _wall + Stopwatch.GetElapsedTime(_timestamp, timestamp);
}
