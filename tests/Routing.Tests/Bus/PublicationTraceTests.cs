using System.Diagnostics;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Tests.Fixtures;
using UniPass.Gateway.Routing.Tests.Support;

namespace UniPass.Gateway.Routing.Tests.Bus;

/// <summary>W3C Trace Context from intake to every published record.</summary>
public sealed class PublicationTraceTests
{
    private const string SenderTrace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    [Test]
    public async Task RunOnceAsync_messageWithIntakeSpan_everyRecordHasTheIntakeSpanAsParent()
    {
        using var harness = new PipelineHarness();
        using var intake = IntakeTracing.StartIntake(IntakeChannels.Https, SenderTrace);
        var traceParent = intake.Id!;
        intake.Stop();
        harness.Store.Add("partner-a", Fixture.Bytes("declaration.json"), traceParent: traceParent);

        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        Assert.That(harness.Bus.Published, Is.Not.Empty);
        Assert.That(harness.Bus.Published.Select(p => p.Headers[BusHeaders.TraceParent]).Distinct(), Is.EqualTo(new[] { traceParent }));
        Assert.That(traceParent, Does.StartWith("00-4bf92f3577b34da6a3ce929d0e0e4736-"), "the sender's trace goes on");
    }

    [Test]
    public async Task RunOnceAsync_messageStoredWithoutTrace_allRecordsOfAllAttemptsShareOneTrace()
    {
        using var harness = new PipelineHarness();
        var id = harness.Store.Add("partner-a", Fixture.Bytes("invoic.edi"));
        harness.Store.Add("partner-a", Fixture.Bytes("declaration.json"));
        harness.Bus.FailuresLeft = 1;

        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        await harness.Dispatcher.RunOnceAsync(CancellationToken.None);

        var byMessage = harness.Bus.Published.GroupBy(p => p.Headers[BusHeaders.MessageId]).ToList();
        Assert.That(byMessage, Has.Count.EqualTo(2));
        foreach (var records in byMessage)
        {
            var traces = records.Select(r => r.Headers[BusHeaders.TraceParent]).Distinct().ToList();
            Assert.That(traces, Has.Count.EqualTo(1), "one trace per message");
            Assert.That(ActivityContext.TryParse(traces[0], null, out var context), Is.True);
            Assert.That(context.TraceId.ToHexString(), Is.EqualTo(Guid.Parse(records.Key).ToString("N")));
        }

        Assert.That(byMessage.Select(g => g.Key), Does.Contain(id.ToString()));
    }

    [Test]
    public void StartIntake_senderTraceParent_continuesTheTraceUnderANewSpan()
    {
        using var intake = IntakeTracing.StartIntake(IntakeChannels.Https, SenderTrace, "vendor=1");

        Assert.That(intake.TraceId.ToHexString(), Is.EqualTo("4bf92f3577b34da6a3ce929d0e0e4736"));
        Assert.That(intake.ParentSpanId.ToHexString(), Is.EqualTo("00f067aa0ba902b7"));
        Assert.That(intake.SpanId.ToHexString(), Is.Not.EqualTo("00f067aa0ba902b7"));
        Assert.That(intake.TraceStateString, Is.EqualTo("vendor=1"));
        Assert.That(IntakeTracing.IsTraceParent(intake.Id), Is.True);
    }

    [Test]
    public void StartIntake_underTheRequestsActivity_isItsChild()
    {
        using var request = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

        using var intake = IntakeTracing.StartIntake(IntakeChannels.Https, SenderTrace);

        Assert.That(intake.TraceId, Is.EqualTo(request.TraceId), "the request's activity already continues the sender's trace");
        Assert.That(intake.ParentSpanId, Is.EqualTo(request.SpanId));
    }

    [Test]
    public void StartIntake_noParent_startsANewTrace()
    {
        using var first = IntakeTracing.StartIntake(IntakeChannels.Sftp, "not a traceparent");
        first.Stop();
        using var second = IntakeTracing.StartIntake(IntakeChannels.Sftp);

        Assert.That(first.IdFormat, Is.EqualTo(ActivityIdFormat.W3C));
        Assert.That(first.ParentSpanId, Is.EqualTo(default(ActivitySpanId)));
        Assert.That(first.TraceId, Is.Not.EqualTo(second.TraceId));
    }
}
