using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.Routing.Tests.Bus.Kafka;

/// <summary>The Kafka bus against librdkafka's mock cluster (real TCP on 127.0.0.1), and against an outside client (Debian's kcat).</summary>
public sealed class KafkaBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task PublishAsync_thenSubscribe_deliversKeyValueAndHeadersAndCommits()
    {
        var topic = "test.declarations." + Guid.NewGuid().ToString("N")[..8];
        KafkaFixture.Cluster.CreateTopic(topic, partitions: 3, replicationFactor: 3);
        await using var bus = CreateBus();

        for (var i = 0; i < 10; i++)
        {
            await bus.PublishAsync(new BusMessage(topic, "LRN-" + (i % 3), Encoding.UTF8.GetBytes("doc" + i), new Dictionary<string, string>
            {
                [BusHeaders.MessageId] = "m" + i,
                [BusHeaders.Partner] = "partner-a",
            }));
        }

        var group = "processors-" + topic;
        var handler = new CollectingHandler();
        var subscription = bus.Subscribe(group, [topic], handler);
        await handler.WaitForAsync(10, Patience);
        await subscription.DisposeAsync();

        Assert.That(handler.Records.Select(r => r.MessageId).Order(), Is.EqualTo(Enumerable.Range(0, 10).Select(i => "m" + i).Order()));
        Assert.That(handler.Records.All(r => r.Headers[BusHeaders.Partner] == "partner-a"), Is.True);

        // Per key, order is kept (same key, same partition).
        foreach (var byKey in handler.Records.GroupBy(r => r.Key))
        {
            var values = byKey.Select(r => int.Parse(Encoding.UTF8.GetString(r.Value.Span)[3..])).ToList();
            Assert.That(values, Is.Ordered, $"key {byKey.Key}");
            Assert.That(byKey.Select(r => r.Partition).Distinct().Count(), Is.EqualTo(1));
        }

        // Offsets were committed after the work: the group starts after them when it comes back.
        var again = new CollectingHandler();
        await using var second = bus.Subscribe(group, [topic], again);
        await bus.PublishAsync(new BusMessage(topic, "LRN-9", "late"u8.ToArray(), new Dictionary<string, string> { [BusHeaders.MessageId] = "m10" }));
        await again.WaitForAsync(1, Patience);
        await Task.Delay(500);
        Assert.That(again.Records.Select(r => r.MessageId), Is.EqualTo(new[] { "m10" }));
    }

    [Test]
    public async Task Subscribe_handlerFailsOnce_recordIsRedeliveredNotSkipped()
    {
        var topic = "test.retry." + Guid.NewGuid().ToString("N")[..8];
        KafkaFixture.Cluster.CreateTopic(topic, partitions: 1, replicationFactor: 1);
        await using var bus = CreateBus();
        await bus.PublishAsync(new BusMessage(topic, "k", "one"u8.ToArray(), new Dictionary<string, string> { [BusHeaders.MessageId] = "m1" }));
        await bus.PublishAsync(new BusMessage(topic, "k", "two"u8.ToArray(), new Dictionary<string, string> { [BusHeaders.MessageId] = "m2" }));

        var handler = new CollectingHandler { FailuresLeft = 1 };
        await using var subscription = bus.Subscribe("retry-" + topic, [topic], handler);
        await handler.WaitForAsync(2, Patience);

        Assert.That(handler.Records.Select(r => r.MessageId), Is.EqualTo(new[] { "m1", "m2" }));
        Assert.That(handler.Attempts, Is.EqualTo(3));
    }

    [Test]
    public async Task PublishAsync_outsideClient_kcatReadsKeysValuesAndHeaders()
    {
        var topic = "test.kcat." + Guid.NewGuid().ToString("N")[..8];
        KafkaFixture.Cluster.CreateTopic(topic, partitions: 1, replicationFactor: 1);
        await using var bus = CreateBus();
        await bus.PublishAsync(new BusMessage(topic, "LRN-1", "{\"lrn\":\"LRN-1\"}"u8.ToArray(), new Dictionary<string, string> { [BusHeaders.MessageId] = "m-kcat" }));

        var start = new ProcessStartInfo("kcat", ["-b", KafkaFixture.Cluster.BootstrapServers, "-t", topic, "-C", "-e", "-f", "%k|%s|%h\\n"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var kcat = Process.Start(start) ?? throw new InvalidOperationException("kcat did not start (scripts/services/kcat.sh installs it)");
        var output = await kcat.StandardOutput.ReadToEndAsync();
        await kcat.WaitForExitAsync(new CancellationTokenSource(Patience).Token);

        Assert.That(kcat.ExitCode, Is.Zero, await kcat.StandardError.ReadToEndAsync());
        Assert.That(output.Trim(), Is.EqualTo("LRN-1|{\"lrn\":\"LRN-1\"}|message-id=m-kcat"));
    }

    [Test]
    public async Task DisposeAsync_twice_closesOnceAndThrowsNothing()
    {
        var topic = "test.dispose." + Guid.NewGuid().ToString("N")[..8];
        KafkaFixture.Cluster.CreateTopic(topic, partitions: 1, replicationFactor: 1);
        var bus = CreateBus();
        await bus.PublishAsync(new BusMessage(topic, "k", "v"u8.ToArray(), new Dictionary<string, string>()));
        bus.Subscribe("group-" + topic, [topic], new CollectingHandler());

        await bus.DisposeAsync();

        await Assert.DoesNotThrowAsync(async () => await bus.DisposeAsync());
    }

    [Test]
    public async Task ServiceProvider_disposingTheKafkaBusUnderEachServiceItIsRegisteredAs_throwsNothing()
    {
        // The host registers one KafkaBus as itself, IMessageBus and IBusSubscriber; stopping it disposes the bus once per registration.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bus:Provider"] = BusOptions.Kafka,
            ["Bus:BootstrapServers"] = KafkaFixture.Cluster.BootstrapServers,
        }).Build();
        var provider = new ServiceCollection().AddLogging().AddMessageBus(configuration).BuildServiceProvider();
        Assert.That(provider.GetRequiredService<IMessageBus>(), Is.InstanceOf<KafkaBus>());
        _ = provider.GetRequiredService<IBusSubscriber>();

        await Assert.DoesNotThrowAsync(async () => await provider.DisposeAsync());
    }

    private static KafkaBus CreateBus() =>
        new(Options.Create(new BusOptions { Provider = BusOptions.Kafka, BootstrapServers = KafkaFixture.Cluster.BootstrapServers, LingerMs = 0, SessionTimeoutMs = 3000 }), NullLogger<KafkaBus>.Instance);

    private sealed class CollectingHandler : IBusHandler
    {
        private readonly ConcurrentQueue<BusRecord> _records = new();
        private int _attempts;

        public int FailuresLeft { get; set; }

        public int Attempts => Volatile.Read(ref _attempts);

        public IReadOnlyList<BusRecord> Records => [.. _records];

        public Task HandleAsync(BusRecord record, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _attempts);
            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new InvalidOperationException("processor not ready");
            }

            _records.Enqueue(record);
            return Task.CompletedTask;
        }

        public async Task WaitForAsync(int count, TimeSpan patience)
        {
            var deadline = DateTime.UtcNow + patience;
            while (_records.Count < count && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.That(_records, Has.Count.GreaterThanOrEqualTo(count), "records delivered in time");
        }
    }
}
