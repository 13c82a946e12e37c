using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Bus.Internal;

namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// The embedded bus: one ordered log per topic in memory (a single partition), consumer groups with
/// committed offsets, commit after the handler returned. A record is dropped once every group that
/// subscribed to the topic has committed past it, or when the topic is over its retention
/// (<see cref="BusOptions.InProcessRetention"/> records or <see cref="BusOptions.InProcessRetentionBytes"/>
/// bytes): then the oldest records go first, in O(1) each, and the overflow is logged once per episode.
/// </summary>
/// <remarks>
/// <b>Not durable beyond the outbox.</b> The outbox makes a message survive a crash until the bus has
/// confirmed its records: what was accepted but not yet routed is routed again after a restart. Once
/// confirmed ("routed"), a record lives only in this process's memory: a record that no consumer has
/// handled yet is lost if the process stops, and so are the groups' offsets. This is the embedded
/// default's trade-off (its consumers are processors in the same process, which restart with it); a
/// deployment that needs routed records to survive uses Kafka (<c>Bus:Provider=kafka</c>). Persisting
/// the topics in the SQLite file was weighed and left out: it would double the writes on SQLite's single
/// writer for every routed message, on the path whose throughput matters, to give the embedded mode a
/// durability that Kafka already provides.
/// </remarks>
public sealed partial class InProcessBus : IMessageBus, IBusSubscriber, IAsyncDisposable
{
    private readonly Dictionary<string, InProcessTopic> _topics = new(StringComparer.Ordinal);
    private readonly List<InProcessConsumer> _consumers = [];
    private readonly Lock _lock = new();
    private readonly int _retention;
    private readonly long _retentionBytes;
    private readonly ILogger<InProcessBus> _logger;

    public InProcessBus(IOptions<BusOptions> options, ILogger<InProcessBus> logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Value.InProcessRetention, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Value.InProcessRetentionBytes, 1);
        _retention = options.Value.InProcessRetention;
        _retentionBytes = options.Value.InProcessRetentionBytes;
        _logger = logger;
    }

    public Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        Topic(message.Topic).Append(message);
        return Task.CompletedTask;
    }

    public IAsyncDisposable Subscribe(string groupId, IReadOnlyCollection<string> topics, IBusHandler handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(handler);
        var consumer = new InProcessConsumer(groupId, topics.Select(Topic).ToArray(), handler, _logger);
        lock (_lock)
        {
            _consumers.Add(consumer);
        }

        consumer.Start();
        return consumer;
    }

    public async ValueTask DisposeAsync()
    {
        InProcessConsumer[] consumers;
        lock (_lock)
        {
            consumers = [.. _consumers];
            _consumers.Clear();
        }

        foreach (var consumer in consumers)
        {
            await consumer.DisposeAsync();
        }
    }

    private InProcessTopic Topic(string name)
    {
        lock (_lock)
        {
            if (!_topics.TryGetValue(name, out var topic))
            {
                topic = new InProcessTopic(name, _retention, _retentionBytes, _logger);
                _topics.Add(name, topic);
            }

            return topic;
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "In-process topic {Topic} is over its retention ({Records} records or {Bytes} bytes; {Groups} consumer group(s)): the oldest records are dropped until consumers catch up. Logged once per overflow.")]
    internal static partial void LogRetentionOverflow(ILogger logger, string topic, int records, long bytes, int groups);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "In-process topic {Topic} is back under its retention; {Dropped} record(s) were dropped while it was over.")]
    internal static partial void LogRetentionRecovered(ILogger logger, string topic, long dropped);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Consumer group {GroupId}: handling {Topic}@{Offset} failed; it is delivered again after {Delay}.")]
    internal static partial void LogHandlerFailed(ILogger logger, Exception exception, string groupId, string topic, long offset, TimeSpan delay);
}
