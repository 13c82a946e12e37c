using Confluent.Kafka;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;

namespace UniPass.Gateway.Routing.Tests.Outbox;

/// <summary>Per-key order and per-message completion: what the dispatcher promises while publishes are slow or fail.</summary>
public sealed class OutboxOrderingTests
{
    private const string Instance = "test-instance";

    [Test]
    public async Task RunOnceAsync_oneSlowPublish_theOthersAreCompletedBeforeItIsConfirmed()
    {
        var bus = new GatedBus();
        using var harness = new PipelineHarness(bus: bus);
        var slow = harness.Store.Add("partner-a", Declarations.Json("LRN-SLOW"));
        var fast = new[] { harness.Store.Add("partner-a", Declarations.Json("LRN-A")), harness.Store.Add("partner-a", Declarations.Json("LRN-B")) };
        bus.Hold("LRN-SLOW");

        var round = harness.Dispatcher.RunOnceAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => harness.Store.Completed.Count == 2, "the fast messages' outcomes are stored");

        Assert.That(harness.Store.Completed.Select(c => c.MessageId), Is.EquivalentTo(fast));
        Assert.That(round.IsCompleted, Is.False, "the slow publish is still waiting");
        bus.Release("LRN-SLOW");
        Assert.That(await round, Is.EqualTo(3));
        Assert.That(harness.Store.Completed.Select(c => c.MessageId), Does.Contain(slow));
        Assert.That(harness.Store.Completed.All(c => c.Status == MessageStatus.Routed), Is.True);
    }

    [Test]
    public async Task RunOnceAsync_sameKeyFirstPublishSlow_theSecondWaitsForIt()
    {
        var bus = new GatedBus();
        using var harness = new PipelineHarness(bus: bus);
        var first = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        var other = harness.Store.Add("partner-a", Declarations.Json("LRN-2"));
        var second = harness.Store.Add("partner-a", Declarations.Json("LRN-1", functionCode: "13"));
        bus.Hold("LRN-1");

        var round = harness.Dispatcher.RunOnceAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => harness.Store.Completed.Any(c => c.MessageId == other), "the other key goes ahead");

        Assert.That(bus.Started.Where(m => m.Key == "LRN-1").Select(MessageIdOf).Distinct(), Is.EqualTo(new[] { first }), "the second is not handed to the bus before the first is confirmed");
        bus.Release("LRN-1");
        await round;
        Assert.That(bus.Confirmed.Where(m => m.Key == "LRN-1").Select(MessageIdOf).Distinct(), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task RunOnceAsync_earlierMessageOfTheKeyFails_laterOnesAreHeldAndFollowItInOrder()
    {
        using var harness = new PipelineHarness();
        var first = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        var second = harness.Store.Add("partner-a", Declarations.Json("LRN-1", functionCode: "13"));
        var third = harness.Store.Add("partner-a", Declarations.Json("LRN-1", functionCode: "5"));
        var unrelated = harness.Store.Add("partner-a", Declarations.Json("LRN-9"));
        var failures = 1;
        harness.Bus.FailWith = m => MessageIdOf(m) == first && failures-- > 0 ? BrokerDown() : null;

        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Bus.Published.Select(MessageIdOf).Distinct(), Is.EqualTo(new[] { unrelated }));
        var given = harness.Store.Retries.ToDictionary(r => r.Lease.MessageId);
        Assert.That(given.Keys, Is.EquivalentTo(new[] { first, second, third }));
        Assert.That(given[first].CountsAsAttempt, Is.True);
        Assert.That(given[second].CountsAsAttempt, Is.False, "waiting is not an attempt");
        Assert.That(given[second].Reason!.Step, Is.EqualTo(TimelineSteps.Held));
        Assert.That(given[second].DueAt, Is.EqualTo(given[first].DueAt), "due together, so one claim takes both");
        Assert.That(harness.Store.LeaseOf(second)!.Value.Attempts, Is.Zero);

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Bus.Published.Where(m => m.Key == "LRN-1").Select(MessageIdOf).Distinct(), Is.EqualTo(new[] { first, second, third }));
        Assert.That(await harness.Store.CountBacklogAsync(), Is.Zero);
    }

    [Test]
    public async Task RunOnceAsync_laterMessageArrivesWhileTheEarlierWaitsForItsRetry_isHeldUntilTheEarlierIsRouted()
    {
        using var harness = new PipelineHarness();
        var first = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        harness.Bus.FailuresLeft = 1;
        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        var second = harness.Store.Add("partner-a", Declarations.Json("LRN-1", functionCode: "13"));
        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Bus.Published, Is.Empty, "the second waits for the first's retry");
        Assert.That(harness.Store.Retries.Last().Lease.MessageId, Is.EqualTo(second));

        for (var i = 0; i < 3 && await harness.Store.CountBacklogAsync() > 0; i++)
        {
            harness.Time.Advance(TimeSpan.FromSeconds(1));
            await harness.Dispatcher.RunOnceAsync(CancellationToken.None);
        }

        Assert.That(harness.Bus.Published.Where(m => m.Key == "LRN-1").Select(MessageIdOf).Distinct(), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task RunOnceAsync_earlierMessageOfTheKeyIsDeadLettered_laterOnesGoOutAfterIt()
    {
        using var harness = new PipelineHarness(options: new OutboxOptions { MaxAttempts = 1, InstanceId = "test-instance" });
        var poison = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        var later = harness.Store.Add("partner-a", Declarations.Json("LRN-1", functionCode: "13"));
        harness.Bus.FailWith = m => m.Topic != Topics.DeadLetter && m.Topic != Topics.Acks && MessageIdOf(m) == poison
            ? new ProduceException<string, byte[]>(new Error(ErrorCode.MsgSizeTooLarge), new DeliveryResult<string, byte[]>())
            : null;

        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Bus.Published.Where(m => m.Topic != Topics.Acks).Select(m => (m.Topic, MessageIdOf(m))).First(), Is.EqualTo((Topics.DeadLetter, poison)));
        Assert.That(harness.Bus.Published.Any(m => m.Topic == Topics.Declarations && MessageIdOf(m) == later), Is.True);
        Assert.That(harness.Store.Completed.Select(c => (c.MessageId, c.Status)), Is.EqualTo(new[] { (poison, MessageStatus.Rejected), (later, MessageStatus.Routed) }));
    }

    [Test]
    public async Task ExecuteAsync_batchInFlight_theNextIsClaimedMeanwhileButPublishedOnlyAfterIt()
    {
        var bus = new GatedBus();
        using var harness = new PipelineHarness(bus: bus, options: new OutboxOptions { BatchSize = 1, InstanceId = Instance });
        var first = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        var second = harness.Store.Add("partner-a", Declarations.Json("LRN-2"));
        bus.Hold("LRN-1");

        await harness.Dispatcher.StartAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => harness.Store.LeaseOf(second)?.Owner == Instance, "the next batch is claimed while the first is published");
        await Task.Delay(TimeSpan.FromMilliseconds(300));

        Assert.That(bus.Started.Select(MessageIdOf).Distinct(), Is.EqualTo(new[] { first }), "the next batch is not handed to the bus while the first is in flight");
        Assert.That(harness.Store.Completed, Is.Empty);
        bus.Release("LRN-1");
        await Eventually.ReachedAsync(() => harness.Store.Completed.Count == 2, "both routed");
        await harness.Dispatcher.StopAsync(CancellationToken.None);
        Assert.That(bus.Confirmed.Where(m => m.Topic == Topics.Declarations).Select(MessageIdOf), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public async Task ExecuteAsync_earlierOfTheKeyFailsWhileTheNextBatchWaits_theLaterIsHeldAndFollowsIt()
    {
        var first = Guid.Empty;
        var bus = new FailOnceBus(m => MessageIdOf(m) == first);
        using var harness = new PipelineHarness(bus: bus, options: new OutboxOptions { BatchSize = 1, InstanceId = Instance });
        first = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        var second = harness.Store.Add("partner-a", Declarations.Json("LRN-1", functionCode: "13"));

        await harness.Dispatcher.StartAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => harness.Store.LeaseOf(second)?.Owner == Instance && bus.Waiting, "the later message is claimed while the earlier one's publish is pending");
        bus.Fail();
        await Eventually.ReachedAsync(() => harness.Store.Retries.Any(r => r.Lease.MessageId == second), "the later message is given back");

        var held = harness.Store.Retries.Single(r => r.Lease.MessageId == second);
        Assert.That(held.Reason!.Step, Is.EqualTo(TimelineSteps.Held));
        Assert.That(held.CountsAsAttempt, Is.False);
        Assert.That(bus.Published.Select(MessageIdOf), Does.Not.Contain(second), "not published before the earlier message of its key");
        await harness.AdvanceUntilAsync(() => harness.Store.Completed.Count == 2, "both routed after the retry");
        await harness.Dispatcher.StopAsync(CancellationToken.None);
        Assert.That(bus.Published.Where(m => m.Topic == Topics.Declarations).Select(MessageIdOf), Is.EqualTo(new[] { first, second }));
    }

    private static Guid MessageIdOf(BusMessage message) => Guid.Parse(message.Headers[BusHeaders.MessageId]);

    private static KafkaException BrokerDown() => new(new Error(ErrorCode.Local_AllBrokersDown, "all brokers are down"));

    /// <summary>A bus whose first publishes of the matching message wait until <see cref="Fail"/>, then fail as if the broker were down; all else is published.</summary>
    private sealed class FailOnceBus(Func<BusMessage, bool> matches) : IMessageBus
    {
        private readonly TaskCompletionSource _failure = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly System.Collections.Concurrent.ConcurrentQueue<BusMessage> _published = new();
        private int _waiting;

        public bool Waiting => Volatile.Read(ref _waiting) > 0;

        public IReadOnlyList<BusMessage> Published => [.. _published];

        public void Fail() => _failure.TrySetResult();

        public async Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default)
        {
            if (matches(message) && !_failure.Task.IsCompleted)
            {
                Interlocked.Increment(ref _waiting);
                await _failure.Task.WaitAsync(cancellationToken);
                throw BrokerDown();
            }

            _published.Enqueue(message);
        }
    }
}
