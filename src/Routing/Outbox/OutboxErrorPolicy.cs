using System.Data.Common;
using System.Net.Sockets;
using Confluent.Kafka;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// The one place where failures are judged. A dependency that is down (broker, database, network,
/// timeouts) is transient: the message waits with exponential backoff and is never dead-lettered for
/// it. Anything else is a fault of processing this message (poison, including a record the broker
/// refuses for itself, such as one too large): retried up to <see cref="OutboxOptions.MaxAttempts"/>,
/// then dead-lettered. The dispatcher applies the same judgement to its store: a failure outside any one
/// message pauses the dispatcher (transient or not) and makes it unready, never stops the host.
/// </summary>
public sealed class OutboxErrorPolicy(OutboxOptions options)
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        KafkaException kafka => !IsRecordFault(kafka.Error.Code),
        TimeoutException or SocketException or IOException or HttpRequestException => true,

        // Not the caller's stop (the dispatcher filters that out): a timeout inside a client.
        OperationCanceledException => true,
        DbException db => db.IsTransient,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsTransient),
        _ => false,
    };

    /// <summary>Kafka errors that concern the record itself: sending it again can not succeed.</summary>
    private static bool IsRecordFault(ErrorCode code) => code is
        ErrorCode.MsgSizeTooLarge or ErrorCode.InvalidMsg or ErrorCode.InvalidMsgSize
        or ErrorCode.Local_BadMsg or ErrorCode.Local_KeySerialization or ErrorCode.Local_ValueSerialization
        or ErrorCode.RecordListTooLarge or ErrorCode.InvalidRecord or ErrorCode.TopicException;

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
