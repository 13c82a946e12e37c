using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Bus.Internal;

namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// The embedded bus: one ordered log per topic in memory (a single partition), consumer groups with
/// committed offsets, commit after the handler returned. A record is dropped only once every group
/// that subscribed to the topic has committed past it, or, with no group yet, beyond
/// <see cref="BusOptions.InProcessRetention"/> records (logged). Durability comes from the outbox:
/// what was accepted but not yet routed survives a restart there.
/// </summary>
public sealed partial class InProcessBus : IMessageBus, IBusSubscriber, IAsyncDisposable
{
    private readonly Dictionary<string, InProcessTopic> _topics = new(StringComparer.Ordinal);
    private readonly List<InProcessConsumer> _consumers = [];
    private readonly Lock _lock = new();
    private readonly int _retention;
    private readonly ILogger<InProcessBus> _logger;

    public InProcessBus(IOptions<BusOptions> options, ILogger<InProcessBus> logger)
    {
        _retention = options.Value.InProcessRetention;
        _logger = logger;
    }

    public Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var topic = Topic(message.Topic);
        var dropped = topic.Append(message, _retention);
        if (dropped > 0)
        {
            LogRetentionDropped(_logger, message.Topic, dropped, _retention);
        }

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
                topic = new InProcessTopic(name);
                _topics.Add(name, topic);
            }

            return topic;
        }
    }

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "In-process topic {Topic}: no consumer group has subscribed; dropped the {Dropped} oldest record(s) beyond the retention of {Retention}.")]
    internal static partial void LogRetentionDropped(ILogger logger, string topic, int dropped, int retention);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Consumer group {GroupId}: handling {Topic}@{Offset} failed; it is delivered again after {Delay}.")]
    internal static partial void LogHandlerFailed(ILogger logger, Exception exception, string groupId, string topic, long offset, TimeSpan delay);
}
