using Confluent.Kafka;
using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>A bus that records what is published and can be made unavailable (throws like a broker that does not answer).</summary>
public sealed class RecordingBus : IMessageBus
{
    private readonly Lock _lock = new();
    private readonly List<BusMessage> _published = [];

    /// <summary>How many publishes fail before the bus works again.</summary>
    public int FailuresLeft { get; set; }

    /// <summary>The failure a publish of this record meets (null: none), checked before <see cref="FailuresLeft"/>.</summary>
    public Func<BusMessage, Exception?>? FailWith { get; set; }

    public IReadOnlyList<BusMessage> Published
    {
        get
        {
            lock (_lock)
            {
                return [.. _published];
            }
        }
    }

    public Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (FailWith?.Invoke(message) is { } failure)
            {
                throw failure;
            }

            if (FailuresLeft > 0)
            {
                FailuresLeft--;
                throw new KafkaException(new Error(ErrorCode.Local_AllBrokersDown, "all brokers are down"));
            }

            _published.Add(message);
        }

        return Task.CompletedTask;
    }
}
