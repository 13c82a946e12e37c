using System.Data.Common;
using System.Net.Sockets;
using Confluent.Kafka;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// The one place where failures are judged. A dependency that is down (broker, database, network,
/// timeouts) is transient: the message waits with exponential backoff and is never dead-lettered for
/// it. Anything else is a fault of processing this message (poison): retried up to
/// <see cref="OutboxOptions.MaxAttempts"/>, then dead-lettered.
/// </summary>
public sealed class OutboxErrorPolicy(OutboxOptions options)
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        KafkaException or TimeoutException or SocketException or IOException or HttpRequestException => true,
        DbException db => db.IsTransient,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        _ => false,
    };

    public OutboxDecision Decide(Exception exception, int attempts)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (!IsTransient(exception) && attempts >= options.MaxAttempts)
        {
            return OutboxDecision.GiveUp;
        }

        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var delay = options.FirstRetryDelay * Math.Pow(2, exponent);
        return OutboxDecision.Retry(delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay);
    }
}
