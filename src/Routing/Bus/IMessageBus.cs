namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// Publishes to topics. <see cref="PublishAsync"/> completes only once the broker has confirmed the
/// record durable (Kafka: <c>acks=all</c>, idempotent producer); a failure throws and nothing may be
/// reported as routed. Records with the same topic and key are appended in the order of the
/// <see cref="PublishAsync"/> calls, also when a caller does not wait for one confirmation before the next
/// call (Kafka: idempotent producer, which keeps per-partition order across retries).
/// </summary>
public interface IMessageBus
{
    Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default);
}
