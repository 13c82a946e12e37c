namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// Publishes to topics. <see cref="PublishAsync"/> completes only once the broker has confirmed the
/// record durable (Kafka: <c>acks=all</c>, idempotent producer); a failure throws and nothing may be
/// reported as routed.
/// </summary>
public interface IMessageBus
{
    Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default);
}
