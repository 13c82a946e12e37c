using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Bus.Internal;

namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// Kafka: one shared idempotent producer (<c>enable.idempotence=true</c>, <c>acks=all</c>) for every
/// publish; each subscription is a consumer on its own long-running thread that commits after work
/// and closes cleanly (leaving its group) when disposed.
/// </summary>
public sealed partial class KafkaBus : IMessageBus, IBusSubscriber, IAsyncDisposable
{
    private readonly BusOptions _options;
    private readonly ILogger<KafkaBus> _logger;
    private readonly IProducer<string?, byte[]> _producer;
    private readonly List<KafkaConsumerLoop> _consumers = [];
    private readonly Lock _lock = new();
    private int _disposed;

    public KafkaBus(IOptions<BusOptions> options, ILogger<KafkaBus> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (string.IsNullOrWhiteSpace(_options.BootstrapServers))
        {
            throw new InvalidOperationException("Bus:BootstrapServers is required for the Kafka bus.");
        }

        var config = new ProducerConfig
        {
            BootstrapServers = _options.BootstrapServers,
            ClientId = _options.ClientId,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = _options.LingerMs,
            MessageTimeoutMs = _options.MessageTimeoutMs,
        };
        _producer = new ProducerBuilder<string?, byte[]>(config)
            .SetLogHandler((_, m) => LogClient(_logger, m.Level.ToString(), m.Facility, m.Message))
            .Build();
    }

    public async Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = new Headers();
        foreach (var (name, value) in message.Headers)
        {
            headers.Add(name, Encoding.UTF8.GetBytes(value));
        }

        var result = await _producer.ProduceAsync(
            message.Topic,
            new Message<string?, byte[]> { Key = message.Key, Value = message.Value.ToArray(), Headers = headers },
            cancellationToken);
        if (result.Status != PersistenceStatus.Persisted)
        {
            throw new KafkaException(new Error(ErrorCode.Local_MsgTimedOut, $"Record to {message.Topic} was not confirmed by the broker ({result.Status})."));
        }
    }

    public IAsyncDisposable Subscribe(string groupId, IReadOnlyCollection<string> topics, IBusHandler handler)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        ArgumentNullException.ThrowIfNull(topics);
        ArgumentNullException.ThrowIfNull(handler);
        var config = new ConsumerConfig
        {
            BootstrapServers = _options.BootstrapServers,
            ClientId = _options.ClientId,
            GroupId = groupId,
            EnableAutoCommit = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnablePartitionEof = false,
            SessionTimeoutMs = _options.SessionTimeoutMs,
            HeartbeatIntervalMs = Math.Max(100, _options.SessionTimeoutMs / 10),
        };
        var loop = new KafkaConsumerLoop(config, topics, handler, _logger);
        lock (_lock)
        {
            _consumers.Add(loop);
        }

        loop.Start();
        return loop;
    }

    /// <summary>Stops the consumers and closes the producer once; later calls (the host disposes the bus under each service it is registered as) do nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        KafkaConsumerLoop[] consumers;
        lock (_lock)
        {
            consumers = [.. _consumers];
            _consumers.Clear();
        }

        foreach (var consumer in consumers)
        {
            await consumer.DisposeAsync();
        }

        // Deliver what is in flight before closing the producer.
        _producer.Flush(TimeSpan.FromSeconds(10));
        _producer.Dispose();
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Debug, Message = "librdkafka {Level} {Facility}: {Text}")]
    private static partial void LogClient(ILogger logger, string level, string facility, string text);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Warning, Message = "Consumer group {GroupId}: handling {Topic}[{Partition}]@{Offset} failed; it is delivered again after {Delay}.")]
    internal static partial void LogHandlerFailed(ILogger logger, Exception exception, string groupId, string topic, int partition, long offset, TimeSpan delay);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Warning, Message = "Consumer group {GroupId}: {Reason}")]
    internal static partial void LogConsumerError(ILogger logger, string groupId, string reason);
}
