using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Tests.Support;

namespace UniPass.Gateway.Routing.Tests.Bus;

public sealed class InProcessBusTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Test]
    public async Task Subscribe_publishedRecords_areDeliveredInOrderWithHeaders()
    {
        await using var bus = CreateBus();
        var handler = new CollectingHandler();
        await using var subscription = bus.Subscribe("g1", [Topics.Declarations], handler);

        for (var i = 0; i < 5; i++)
        {
            await bus.PublishAsync(Message(Topics.Declarations, i));
        }

        await handler.WaitForAsync(5, Patience);
        Assert.That(handler.Records.Select(r => r.Offset), Is.EqualTo(new long[] { 0, 1, 2, 3, 4 }));
        Assert.That(handler.Records[3].MessageId, Is.EqualTo("m3"));
        Assert.That(handler.Records[3].Key, Is.EqualTo("k3"));
    }

    [Test]
    public async Task Subscribe_handlerFails_recordIsDeliveredAgainAndNotSkipped()
    {
        await using var bus = CreateBus();
        var handler = new CollectingHandler { FailuresLeft = 2 };
        await using var subscription = bus.Subscribe("g1", [Topics.Manifests], handler);

        await bus.PublishAsync(Message(Topics.Manifests, 0));
        await bus.PublishAsync(Message(Topics.Manifests, 1));

        await handler.WaitForAsync(2, Patience);
        Assert.That(handler.Records.Select(r => r.MessageId), Is.EqualTo(new[] { "m0", "m1" }));
        Assert.That(handler.Attempts, Is.EqualTo(4));
    }

    [Test]
    public async Task Subscribe_groupRejoins_resumesAfterItsCommittedOffset()
    {
        await using var bus = CreateBus();
        var first = new CollectingHandler();
        var subscription = bus.Subscribe("g1", [Topics.Passengers], first);
        await bus.PublishAsync(Message(Topics.Passengers, 0));
        await first.WaitForAsync(1, Patience);
        await subscription.DisposeAsync();

        await bus.PublishAsync(Message(Topics.Passengers, 1));
        var second = new CollectingHandler();
        await using var again = bus.Subscribe("g1", [Topics.Passengers], second);
        var other = new CollectingHandler();
        await using var otherGroup = bus.Subscribe("g2", [Topics.Passengers], other);

        await second.WaitForAsync(1, Patience);
        await other.WaitForAsync(1, Patience);
        Assert.That(second.Records.Select(r => r.MessageId), Is.EqualTo(new[] { "m1" }));
        Assert.That(other.Records.Select(r => r.MessageId), Is.EqualTo(new[] { "m1" }), "a group joining late starts at what is still retained");
    }

    [Test]
    public async Task PublishAsync_noGroupBeyondTheRecordRetention_keepsTheNewestAndLogsTheOverflowOnce()
    {
        var logger = new ListLogger<InProcessBus>();
        await using var bus = new InProcessBus(Options.Create(new BusOptions { InProcessRetention = 3 }), logger);

        for (var i = 0; i < 10; i++)
        {
            await bus.PublishAsync(Message(Topics.Declarations, i));
        }

        var late = new CollectingHandler();
        await using var subscription = bus.Subscribe("late", [Topics.Declarations], late);
        await late.WaitForAsync(3, Patience);
        Assert.That(late.Records.Select(r => (r.Offset, r.MessageId)), Is.EqualTo(new[] { (7L, "m7"), (8L, "m8"), (9L, "m9") }));
        Assert.That(logger.Entries.Count(e => e.Level == LogLevel.Warning), Is.EqualTo(1), "one warning per overflow, not one per record");
    }

    [Test]
    public async Task PublishAsync_beyondTheByteRetention_dropsTheOldest()
    {
        await using var bus = new InProcessBus(Options.Create(new BusOptions { InProcessRetentionBytes = 1_200 }), NullLogger<InProcessBus>.Instance);

        for (var i = 0; i < 5; i++)
        {
            await bus.PublishAsync(new BusMessage(Topics.Manifests, "k", new byte[400], new Dictionary<string, string> { [BusHeaders.MessageId] = "m" + i }));
        }

        var late = new CollectingHandler();
        await using var subscription = bus.Subscribe("late", [Topics.Manifests], late);
        await late.WaitForAsync(2, Patience);
        Assert.That(late.Records.Select(r => r.MessageId), Is.EqualTo(new[] { "m3", "m4" }), "two records of ~554 bytes fit in 1,200, three do not");
    }

    [Test]
    public async Task PublishAsync_groupThatFellBehindTheRetention_continuesAtTheOldestKept()
    {
        await using var bus = new InProcessBus(Options.Create(new BusOptions { InProcessRetention = 4 }), NullLogger<InProcessBus>.Instance);
        var stuck = new GatedHandler();
        await using var subscription = bus.Subscribe("slow", [Topics.Passengers], stuck);
        await bus.PublishAsync(Message(Topics.Passengers, 0));
        await stuck.Entered.Task.WaitAsync(Patience);

        for (var i = 1; i < 10; i++)
        {
            await bus.PublishAsync(Message(Topics.Passengers, i));
        }

        stuck.Open.SetResult();
        await stuck.WaitForAsync(5, Patience);
        Assert.That(stuck.Handled.Take(5), Is.EqualTo(new[] { "m0", "m6", "m7", "m8", "m9" }));
    }

    [Test]
    public async Task PublishAsync_overflowEndsAndStartsAgain_logsEachEpisodeOnce()
    {
        var logger = new ListLogger<InProcessBus>();
        await using var bus = new InProcessBus(Options.Create(new BusOptions { InProcessRetention = 4 }), logger);
        for (var i = 0; i < 8; i++)
        {
            await bus.PublishAsync(Message(Topics.Acks, i));
        }

        var consumer = new CollectingHandler();
        await using (bus.Subscribe("g", [Topics.Acks], consumer))
        {
            await consumer.WaitForAsync(4, Patience);
            await Eventually.ReachedAsync(() => logger.Entries.Any(e => e.Level == LogLevel.Information), "the end of the overflow is logged");
        }

        for (var i = 8; i < 16; i++)
        {
            await bus.PublishAsync(Message(Topics.Acks, i));
        }

        Assert.That(logger.Entries.Count(e => e.Level == LogLevel.Warning), Is.EqualTo(2));
        Assert.That(logger.Entries.Single(e => e.Level == LogLevel.Information).Message, Does.Contain("4 record(s) were dropped"));
    }

    private static InProcessBus CreateBus() => new(Options.Create(new BusOptions()), NullLogger<InProcessBus>.Instance);

    /// <summary>Holds the first record until <see cref="Open"/> is set; then handles in order.</summary>
    private sealed class GatedHandler : IBusHandler
    {
        private readonly ConcurrentQueue<string> _handled = new();

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Open { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<string> Handled => [.. _handled];

        public async Task HandleAsync(BusRecord record, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Open.Task.WaitAsync(cancellationToken);
            _handled.Enqueue(record.MessageId!);
        }

        public Task WaitForAsync(int count, TimeSpan patience) =>
            Eventually.ReachedAsync(() => _handled.Count >= count, $"{count} records handled within {patience}");
    }

    private static BusMessage Message(string topic, int n) =>
        new(topic, "k" + n, new byte[] { (byte)n }, new Dictionary<string, string> { [BusHeaders.MessageId] = "m" + n });

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
                await Task.Delay(10);
            }

            Assert.That(_records, Has.Count.GreaterThanOrEqualTo(count), "records delivered in time");
        }
    }
}
