using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Bus;

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

    private static InProcessBus CreateBus() => new(Options.Create(new BusOptions()), NullLogger<InProcessBus>.Instance);

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
