using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UniPass.Gateway.Messages.Wco.Validation;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Routing.Pipeline.Stages;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>The real pipeline and dispatcher over an in-memory outbox and a recording bus, on a fake clock.</summary>
public sealed class PipelineHarness : IDisposable
{
    private readonly ServiceProvider _metricsServices;

    public PipelineHarness(IPartnerDirectory? partners = null, IMessageStage? extraStage = null, OutboxOptions? options = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        Store = new InMemoryOutboxStore(Time);
        _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new GatewayMetrics(_metricsServices.GetRequiredService<IMeterFactory>());
        List<IMessageStage> stages = [new DetectStage(), new AuthorizeStage(partners), new ValidateStage(new BusinessRules(Time)), new HarmonizeStage(), new SplitStage(), new RouteStage()];
        if (extraStage is not null)
        {
            stages.Insert(1, extraStage);
        }

        Pipeline = new MessagePipeline(stages, new RejectionAckWriter(), Bus, new TimeOrderedIdGenerator(Time), Time, metrics, NullLogger<MessagePipeline>.Instance);
        Dispatcher = new OutboxDispatcher(Store, Pipeline, new OutboxSignal(), Options.Create(options ?? new OutboxOptions()), Time, metrics, NullLogger<OutboxDispatcher>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public InMemoryOutboxStore Store { get; }

    public RecordingBus Bus { get; } = new();

    public MessagePipeline Pipeline { get; }

    public OutboxDispatcher Dispatcher { get; }

    /// <summary>Stores <paramref name="body"/> and runs one dispatcher round; returns the message's completion, or null when it was scheduled for retry.</summary>
    public async Task<OutboxCompletion?> RouteAsync(byte[] body, string partnerId = "partner-a", string? contentType = null)
    {
        var id = Store.Add(partnerId, body, contentType);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        return Store.Completed.LastOrDefault(c => c.MessageId == id);
    }

    public void Dispose()
    {
        Dispatcher.Dispose();
        _metricsServices.Dispose();
    }
}
