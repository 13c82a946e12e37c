using Microsoft.Extensions.DependencyInjection;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UniPass.Gateway.Messages.Wco.Validation;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Bus;
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

    public PipelineHarness(IPartnerDirectory? partners = null, IMessageStage? extraStage = null, OutboxOptions? options = null, IMessageBus? bus = null, WcoXmlReaderOptions? xmlOptions = null)
    {
        PublishingBus = bus ?? Bus;
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        Store = new InMemoryOutboxStore(Time);
        _metricsServices = new ServiceCollection().AddMetrics().BuildServiceProvider();
        MeterFactory = _metricsServices.GetRequiredService<IMeterFactory>();
        var metrics = new GatewayMetrics(MeterFactory);
        List<IMessageStage> stages = [new DetectStage(), new AuthorizeStage(partners), new ValidateStage(new BusinessRules(Time), xmlOptions), new HarmonizeStage(), AuthorizeStage.Declarants(partners), new SplitStage(), new RouteStage()];
        if (extraStage is not null)
        {
            stages.Insert(1, extraStage);
        }

        Pipeline = new MessagePipeline(stages, new AckWriter(), PublishingBus, new TimeOrderedIdGenerator(Time), Time, metrics, NullLogger<MessagePipeline>.Instance);
        Dispatcher = new OutboxDispatcher(Store, Pipeline, new OutboxSignal(), Health, Options.Create(options ?? new OutboxOptions { InstanceId = "test-instance" }), Time, metrics, NullLogger<OutboxDispatcher>.Instance);
    }

    public FakeTimeProvider Time { get; }

    public InMemoryOutboxStore Store { get; }

    /// <summary>The bus the pipeline publishes to unless the harness was given another.</summary>
    public RecordingBus Bus { get; } = new();

    public IMessageBus PublishingBus { get; }

    public OutboxHealth Health { get; } = new();

    /// <summary>The meter factory of the harness's <see cref="GatewayMetrics"/> (to listen to its instruments).</summary>
    public IMeterFactory MeterFactory { get; }

    public MessagePipeline Pipeline { get; }

    public OutboxDispatcher Dispatcher { get; }

    /// <summary>Stores <paramref name="body"/> and runs one dispatcher round; returns the message's completion, or null when it was scheduled for retry.</summary>
    public async Task<OutboxCompletion?> RouteAsync(byte[] body, string partnerId = "partner-a", string? contentType = null)
    {
        var id = Store.Add(partnerId, body, contentType);
        await Dispatcher.RunOnceAsync(CancellationToken.None);
        return Store.Completed.LastOrDefault(c => c.MessageId == id);
    }

    /// <summary>Moves the fake clock on in small steps until <paramref name="condition"/> holds (background loops wait on it).</summary>
    public Task AdvanceUntilAsync(Func<bool> condition, string what, TimeSpan? step = null) =>
        Eventually.ReachedAsync(
            () =>
            {
                if (condition())
                {
                    return true;
                }

                Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
                return false;
            },
            what);

    public void Dispose()
    {
        Dispatcher.Dispose();
        _metricsServices.Dispose();
    }
}
