using Microsoft.Extensions.Time.Testing;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Pipeline.Stages;
using UniPass.Gateway.Routing.Tests.Fixtures;

namespace UniPass.Gateway.Routing.Tests.Pipeline;

public sealed class RouteStageTests
{
    [Test]
    public async Task RunAsync_rawRecord_carriesTheDetectedFormatsMediaTypeNotTheClientsHint()
    {
        // A message no stage harmonized goes out as it came in; curl --data-binary says form data.
        var body = Fixture.Bytes("invoic.edi").AsMemory();
        var text = System.Text.Encoding.Latin1.GetString(body.Span).Replace("INVOIC:D:97B", "CUSCAR:D:95B", StringComparison.Ordinal);
        body = System.Text.Encoding.Latin1.GetBytes(text);
        var time = new FakeTimeProvider();
        var detection = FormatDetector.Detect(body.Span);
        var entry = new OutboxEntry(Guid.NewGuid(), "partner-a", IntakeChannels.Https, "application/x-www-form-urlencoded", detection.Format, detection.MessageType, time.GetUtcNow(), body, 0);
        var context = new PipelineContext(entry, time);
        await new DetectStage().RunAsync(context, CancellationToken.None);

        await new RouteStage().RunAsync(context, CancellationToken.None);

        var record = context.Publications.Single();
        Assert.That(record.Topic, Is.EqualTo(Topics.Manifests));
        Assert.That(record.Headers[BusHeaders.ContentType], Is.EqualTo(AckWriter.EdifactMediaType));
        Assert.That(record.Value.ToArray(), Is.EqualTo(body.ToArray()));
    }
}
