using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;

namespace UniPass.Gateway.Routing.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    [Test]
    public async Task RunOnceAsync_brokerDown_schedulesRetryAndRoutesOnceItIsBack()
    {
        using var harness = new PipelineHarness();
        harness.Bus.FailuresLeft = 1;

        var first = await harness.RouteAsync(Fixture.Bytes("declaration.json"));

        Assert.That(first, Is.Null, "not completed while the broker is down");
        var retry = harness.Store.Retries.Single();
        Assert.That(retry.DueAt, Is.EqualTo(harness.Time.GetUtcNow() + new OutboxOptions().FirstRetryDelay));
        Assert.That(retry.Reason!.Step, Is.EqualTo(TimelineSteps.RetryScheduled));

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Store.Completed.Single().Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Is.EqualTo(new[] { Topics.Declarations, Topics.ForAgency("statistics") }), "the declaration and its statistics package, once each");
        Assert.That(await harness.Store.CountBacklogAsync(), Is.Zero);
    }

    [Test]
    public async Task RunOnceAsync_brokerDownLongerThanMaxAttempts_neverDeadLetters()
    {
        using var harness = new PipelineHarness(options: new OutboxOptions { MaxAttempts = 2 });
        harness.Bus.FailuresLeft = 5;
        harness.Store.Add("partner-a", Fixture.Bytes("declaration.json"));

        for (var i = 0; i < 5; i++)
        {
            await harness.Dispatcher.RunOnceAsync(CancellationToken.None);
            harness.Time.Advance(TimeSpan.FromMinutes(10));
        }

        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Store.Retries, Has.Count.EqualTo(5));
        Assert.That(harness.Store.Completed.Single().Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That(harness.Bus.Published.Select(p => p.Topic), Does.Not.Contain(Topics.DeadLetter));
    }

    [Test]
    public async Task RunOnceAsync_poisonMessage_isDeadLetteredAfterMaxAttemptsWithNegativeAck()
    {
        using var harness = new PipelineHarness(extraStage: new ThrowingStage(), options: new OutboxOptions { MaxAttempts = 3 });
        var id = harness.Store.Add("partner-a", Fixture.Bytes("declaration.json"));

        for (var i = 0; i < 3; i++)
        {
            await harness.Dispatcher.RunOnceAsync(CancellationToken.None);
            harness.Time.Advance(TimeSpan.FromMinutes(10));
        }

        Assert.That(harness.Store.Retries, Has.Count.EqualTo(2));
        var completion = harness.Store.Completed.Single();
        Assert.That(completion.MessageId, Is.EqualTo(id));
        Assert.That(completion.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(completion.Timeline.Select(t => t.Step), Does.Contain(TimelineSteps.DeadLettered));
        Assert.That(completion.Acks.Single().Kind, Is.EqualTo(AckKinds.Json));
        var deadLetter = harness.Bus.Published.Single(p => p.Topic == Topics.DeadLetter);
        Assert.That(deadLetter.Value.ToArray(), Is.EqualTo(Fixture.Bytes("declaration.json")));
        Assert.That(deadLetter.Headers[BusHeaders.DeadLetterReason], Is.EqualTo(typeof(InvalidOperationException).FullName));
        Assert.That(deadLetter.Headers[BusHeaders.MessageId], Is.EqualTo(id.ToString()));
    }

    [Test]
    public async Task RunOnceAsync_instanceDiedMidBatch_entriesAreRoutedAfterTheLeaseExpires()
    {
        using var harness = new PipelineHarness();
        var id = harness.Store.Add("partner-a", Fixture.Bytes("declaration.json"));

        // A claim whose owner never completes (it was killed): nothing happens until the lease runs out.
        await harness.Store.ClaimAsync(10, TimeSpan.FromMinutes(2), "instance-that-died");
        Assert.That(await harness.Dispatcher.RunOnceAsync(CancellationToken.None), Is.Zero);

        harness.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.That(await harness.Dispatcher.RunOnceAsync(CancellationToken.None), Is.EqualTo(1));

        Assert.That(harness.Store.Completed.Single().MessageId, Is.EqualTo(id));
        Assert.That(harness.Store.Completed.Single().Status, Is.EqualTo(MessageStatus.Routed));
    }

    [Test]
    public void Decide_transientAndPoisonFailures_followOnePolicy()
    {
        var policy = new OutboxErrorPolicy(new OutboxOptions { MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(5) });

        Assert.That(policy.Decide(new TimeoutException(), 10), Is.EqualTo(OutboxDecision.Retry(TimeSpan.FromSeconds(5))));
        Assert.That(policy.Decide(new InvalidOperationException(), 1), Is.EqualTo(OutboxDecision.Retry(TimeSpan.FromSeconds(1))));
        Assert.That(policy.Decide(new InvalidOperationException(), 2), Is.EqualTo(OutboxDecision.Retry(TimeSpan.FromSeconds(2))));
        Assert.That(policy.Decide(new InvalidOperationException(), 3), Is.EqualTo(OutboxDecision.GiveUp));
    }

    private sealed class ThrowingStage : IMessageStage
    {
        public string Name => "explode";

        public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("a parser fault");
    }
}
