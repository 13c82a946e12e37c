using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>
/// The gateway in-process (TestServer) with two partners, A and B, whose keys the tests know, a private data
/// directory with its own SQLite store (observed, see <see cref="Store"/>) and captured logs.
/// <paramref name="settings"/> override configuration. Unless <paramref name="runPipeline"/> is set, the outbox
/// dispatcher does not run, so that API tests see a message in the state they put it in
/// (<see cref="CompleteAsync"/> records an outcome the way the pipeline does). <paramref name="services"/> replaces
/// services after the app's own registrations (e.g. a bus that fails).
/// </summary>
internal sealed class GatewayFactory(IReadOnlyDictionary<string, string?>? settings = null, bool runPipeline = false, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public const string PartnerA = TestPartners.PartnerA;
    public const string PartnerB = TestPartners.PartnerB;
    public const string KeyA = TestPartners.KeyA;
    public const string KeyB = TestPartners.KeyB;

    /// <summary>Small enough that tests can exceed it cheaply.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const string TestOwner = "api-tests";

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("unipass-host-tests-").FullName;

    private ObservedMessageStore? _store;

    /// <summary>The store the app uses (created with the host).</summary>
    public ObservedMessageStore Store => _store ?? (ObservedMessageStore)Services.GetRequiredService<IMessageStore>();

    public CapturedLogs Logs { get; } = new();

    public HttpClient ClientFor(string? apiKey)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var all = TestPartners.Settings();
        all["Gateway:DataDirectory"] = DataDirectory;
        all["Gateway:PrintStartupBanner"] = "false";
        all["Storage:Provider"] = "sqlite";
        all["Storage:ConnectionString"] = $"Data Source={Path.Combine(DataDirectory, "unipass.db")};Pooling=false";
        all["Intake:MaxBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        all["Logging:LogLevel:Default"] = "Trace";

        // The tests send many invalid keys on purpose; the limiter's own tests set a small budget.
        all["RateLimit:FailedAuthenticationBurst"] = "100000";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        foreach (var (key, value) in all)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.ConfigureTestServices(collection =>
        {
            collection.RemoveAll<IMessageStore>();
            collection.AddSingleton<IMessageStore>(sp => _store = new ObservedMessageStore(sp.GetRequiredService<SqlMessageStore>()));
            if (!runPipeline)
            {
                var dispatcher = collection.Single(d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService) && d.ImplementationType == typeof(OutboxDispatcher));
                collection.Remove(dispatcher);
            }

            services?.Invoke(collection);
        });
    }

    /// <summary>Records a message's outcome with one acknowledgement, as the pipeline does.</summary>
    public async Task<StoredAck> CompleteAsync(Guid messageId, string kind, string contentType, byte[] content, MessageStatus status)
    {
        var now = DateTimeOffset.UtcNow;
        var ack = new StoredAck(Guid.CreateVersion7(now), messageId, kind, contentType, content, now);
        var step = status == MessageStatus.Rejected ? TimelineSteps.Rejected : TimelineSteps.Routed;
        // Claim the way the dispatcher does (completions are conditional on the claim), then free the others.
        var outbox = Services.GetRequiredService<IOutboxStore>();
        var claimed = await outbox.ClaimAsync(int.MaxValue, TimeSpan.FromMinutes(1), TestOwner);
        var lease = claimed.Single(e => e.MessageId == messageId).Lease;
        await outbox.CompleteAsync([new OutboxCompletion(lease, status, null, [new TimelineEntry(now, step)], [ack])]);
        await outbox.ReleaseAsync(TestOwner);
        return ack;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
