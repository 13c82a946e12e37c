using System.Diagnostics.Metrics;
using System.Data.Common;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;

namespace UniPass.Gateway.Routing.Tests.Outbox;

/// <summary>The dispatcher against a failing store, crashes and takeovers: it never stops the host and never loses or doubles an outcome.</summary>
public sealed class OutboxResilienceTests
{
    private const string Instance = "test-instance";

    [Test]
    public async Task ExecuteAsync_storeFailsNonTransiently_keepsRunningReportsUnreadyAndRecovers()
    {
        using var harness = new PipelineHarness();
        var id = harness.Store.Add("partner-a", Fixture.Bytes("declaration.json"));
        harness.Store.FailNext.Enqueue(new InvalidOperationException("the database disk image is malformed"));

        await harness.Dispatcher.StartAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => !harness.Health.IsHealthy, "the dispatcher reports itself unready");

        Assert.That(harness.Dispatcher.ExecuteTask!.IsCompleted, Is.False, "the background service (and with it the host) keeps running");
        Assert.That(harness.Health.Describe(), Does.Contain(nameof(InvalidOperationException)));
        await harness.AdvanceUntilAsync(() => harness.Store.Completed.Count == 1, "routed once the store answers again");
        await Eventually.ReachedAsync(() => harness.Health.IsHealthy, "ready again");
        Assert.That(harness.Store.Completed.Single().MessageId, Is.EqualTo(id));
        await harness.Dispatcher.StopAsync(CancellationToken.None);
        Assert.That(harness.Dispatcher.ExecuteTask.IsFaulted, Is.False);
    }

    [Test]
    public async Task ExecuteAsync_storeUnavailableForSeveralRounds_pausesWithGrowingBackoff()
    {
        using var harness = new PipelineHarness(options: new OutboxOptions { InstanceId = Instance, FirstRetryDelay = TimeSpan.FromSeconds(1), MaxStorePause = TimeSpan.FromSeconds(4) });
        harness.Store.Add("partner-a", Fixture.Bytes("declaration.json"));
        for (var i = 0; i < 4; i++)
        {
            harness.Store.FailNext.Enqueue(new TransientDbException());
        }

        var started = harness.Time.GetUtcNow();
        await harness.Dispatcher.StartAsync(CancellationToken.None);
        await harness.AdvanceUntilAsync(() => harness.Store.Completed.Count == 1, "routed after the outage", TimeSpan.FromMilliseconds(250));

        // Pauses of 1, 2, 4 and 4 s (capped) before the fifth round succeeds.
        Assert.That(harness.Time.GetUtcNow() - started, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(11)));
        Assert.That(harness.Time.GetUtcNow() - started, Is.LessThan(TimeSpan.FromSeconds(13)));
        await harness.Dispatcher.StopAsync(CancellationToken.None);
    }

    [Test]
    public async Task RunOnceAsync_storeRefusesOneOutcome_onlyThatMessageGoesBack()
    {
        using var harness = new PipelineHarness();
        var ids = Enumerable.Range(1, 3).Select(n => harness.Store.Add("partner-a", Declarations.Json("LRN-" + n))).ToArray();
        harness.Store.RefuseCompletion = c => c.MessageId == ids[1] ? new InvalidOperationException("constraint failed") : null;

        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Store.Completed.Select(c => c.MessageId), Is.EquivalentTo(new[] { ids[0], ids[2] }));
        var back = harness.Store.Retries.Single();
        Assert.That(back.Lease.MessageId, Is.EqualTo(ids[1]));
        Assert.That(back.Reason!.Detail, Does.Contain("storing the outcome failed"));
        Assert.That(harness.Health.IsHealthy, Is.True);
    }

    [Test]
    public async Task RunOnceAsync_leaseTakenOverWhilePublishing_theOutcomeIsDroppedSilently()
    {
        var bus = new GatedBus();
        using var harness = new PipelineHarness(bus: bus);
        var id = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        bus.Hold("LRN-1");
        using var events = Listen(harness, "unipass.outbox.events");

        var round = harness.Dispatcher.RunOnceAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => bus.Started.Count > 0, "publishing");
        await harness.Store.ReleaseAsync(Instance);
        var other = await harness.Store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-2");
        bus.Release("LRN-1");
        await round;

        Assert.That(harness.Store.Completed, Is.Empty, "the dispatcher whose lease was lost stores nothing");
        Assert.That(harness.Health.IsHealthy, Is.True);
        Assert.That(events.Tags(GatewayMetrics.EventTag), Does.Contain(GatewayMetrics.OutboxLeaseLost));
        Assert.That(await harness.Store.CompleteAsync([new OutboxCompletion(other.Single().Lease, MessageStatus.Routed, null, [], [])]), Is.Empty, "the new holder completes it");
        Assert.That(harness.Store.Completed.Single().MessageId, Is.EqualTo(id));
    }

    [Test]
    public async Task RecoverAsync_afterACrash_releasesThisInstancesLeasesButNotALiveInstances()
    {
        using var harness = new PipelineHarness();
        var mine = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        await harness.Store.ClaimAsync(1, TimeSpan.FromSeconds(30), Instance);
        var theirs = harness.Store.Add("partner-a", Declarations.Json("LRN-2"));
        await using var live = await harness.Store.TryLockOwnerAsync("instance-2");
        await harness.Store.ClaimAsync(1, TimeSpan.FromSeconds(30), "instance-2");

        var released = await harness.Dispatcher.RecoverAsync(CancellationToken.None);
        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(released, Is.EqualTo(1));
        Assert.That(harness.Dispatcher.Owner, Is.EqualTo(Instance));
        Assert.That(harness.Store.Completed.Select(c => c.MessageId), Is.EqualTo(new[] { mine }), "routed at once, not when the lease runs out");
        Assert.That(harness.Store.LeaseOf(theirs)!.Value.Owner, Is.EqualTo("instance-2"));
    }

    [Test]
    public async Task RecoverAsync_nameHeldByALiveProcess_leavesItsLeasesAndClaimsUnderANameOfItsOwn()
    {
        using var harness = new PipelineHarness();
        var theirs = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        await using var live = await harness.Store.TryLockOwnerAsync(Instance);
        await harness.Store.ClaimAsync(1, TimeSpan.FromSeconds(30), Instance);

        var released = await harness.Dispatcher.RecoverAsync(CancellationToken.None);
        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(released, Is.Zero);
        Assert.That(harness.Dispatcher.Owner, Does.StartWith(Instance + "/"));
        Assert.That(harness.Store.Completed, Is.Empty);
        Assert.That(harness.Store.LeaseOf(theirs)!.Value.Owner, Is.EqualTo(Instance));
    }

    [Test]
    public async Task StopAsync_batchCutShort_givesItsLeasesBackAndFreesTheName()
    {
        var bus = new GatedBus();
        using var harness = new PipelineHarness(bus: bus);
        var id = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        bus.Hold("LRN-1");
        await harness.Dispatcher.StartAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => bus.Started.Count > 0, "publishing");

        await harness.Dispatcher.StopAsync(CancellationToken.None);

        Assert.That(harness.Store.LeaseOf(id)!.Value.Owner, Is.Null, "another instance may take it at once");
        Assert.That(harness.Store.Completed, Is.Empty);
        await using var name = await harness.Store.TryLockOwnerAsync(Instance);
        Assert.That(name, Is.Not.Null);
    }

    [Test]
    public async Task RunOnceAsync_batchInFlightLongerThanTheLease_renewsItsLease()
    {
        var bus = new GatedBus();
        using var harness = new PipelineHarness(bus: bus);
        var id = harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        bus.Hold("LRN-1");
        var claimedAt = harness.Time.GetUtcNow();

        var round = harness.Dispatcher.RunOnceAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => bus.Started.Count > 0, "publishing");
        await harness.AdvanceUntilAsync(() => harness.Time.GetUtcNow() - claimedAt >= TimeSpan.FromSeconds(45), "45 s later", TimeSpan.FromSeconds(1));

        Assert.That(harness.Store.Renewals, Is.Not.Empty);
        Assert.That(harness.Store.LeaseOf(id)!.Value.Until, Is.GreaterThan(harness.Time.GetUtcNow()));
        Assert.That(await harness.Store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-2"), Is.Empty, "nobody else takes the entry of a live batch");
        bus.Release("LRN-1");
        await round;
        Assert.That(harness.Store.Completed.Single().MessageId, Is.EqualTo(id));
    }

    [Test]
    public async Task ExecuteAsync_underLoad_theBacklogGaugeFollowsTheOutbox()
    {
        var bus = new GatedBus();
        using var harness = new PipelineHarness(bus: bus);
        using var backlog = Listen(harness, "unipass.outbox.backlog");
        for (var i = 0; i < 3; i++)
        {
            harness.Store.Add("partner-a", Declarations.Json("LRN-1"));
        }

        bus.Hold("LRN-1");
        await harness.Dispatcher.StartAsync(CancellationToken.None);
        await Eventually.ReachedAsync(() => bus.Started.Count > 0, "a batch is in flight");
        harness.Store.Add("partner-a", Declarations.Json("LRN-2"));
        harness.Store.Add("partner-a", Declarations.Json("LRN-3"));
        var counts = harness.Store.BacklogCounts;
        await harness.AdvanceUntilAsync(() => harness.Store.BacklogCounts > counts, "recounted", TimeSpan.FromSeconds(1));

        Assert.That(backlog.Observe(), Is.EqualTo(5), "counted while the dispatcher is busy, not only when it runs dry");
        bus.Release("LRN-1");
        await harness.AdvanceUntilAsync(() => harness.Store.Completed.Count == 5, "all routed");
        var after = harness.Store.BacklogCounts;
        await harness.AdvanceUntilAsync(() => harness.Store.BacklogCounts > after, "recounted", TimeSpan.FromSeconds(1));
        Assert.That(backlog.Observe(), Is.Zero);
        await harness.Dispatcher.StopAsync(CancellationToken.None);
    }

    /// <summary>What a driver throws when the database does not answer for now (a lock, a failover).</summary>
    private sealed class TransientDbException() : DbException("database is locked")
    {
        public override bool IsTransient => true;
    }

    private static Instrument Listen(PipelineHarness harness, string name) => new(harness.MeterFactory, name);

    /// <summary>Listens to one instrument of the harness's meter.</summary>
    private sealed class Instrument : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Lock _lock = new();
        private readonly List<(long Value, Dictionary<string, object?> Tags)> _seen = [];

        public Instrument(IMeterFactory factory, string name)
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Name == name && ReferenceEquals(instrument.Meter.Scope, factory))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            {
                var d = new Dictionary<string, object?>();
                foreach (var tag in tags)
                {
                    d[tag.Key] = tag.Value;
                }

                lock (_lock)
                {
                    _seen.Add((value, d));
                }
            });
            _listener.Start();
        }

        public IReadOnlyList<object?> Tags(string tag)
        {
            lock (_lock)
            {
                return [.. _seen.Select(s => s.Tags.GetValueOrDefault(tag))];
            }
        }

        /// <summary>Reads an observable instrument now: its latest value.</summary>
        public long Observe()
        {
            lock (_lock)
            {
                _seen.Clear();
            }

            _listener.RecordObservableInstruments();
            lock (_lock)
            {
                return _seen[^1].Value;
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
