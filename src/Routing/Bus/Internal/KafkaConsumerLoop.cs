using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using UniPass.Gateway.Routing.Diagnostics;

namespace UniPass.Gateway.Routing.Bus.Internal;

/// <summary>
/// One Kafka consumer on its own long-running thread: consume, hand to the handler, commit that
/// record's offset only after the handler returned; on failure seek back to the record and retry after a
/// backoff; <c>Close()</c> on stop so the group rebalances at once.
/// </summary>
internal sealed class KafkaConsumerLoop(ConsumerConfig config, IReadOnlyCollection<string> topics, IBusHandler handler, ILogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    public void Start()
    {
        var thread = new Thread(Run) { IsBackground = true, Name = "kafka-consumer-" + config.GroupId };
        thread.Start();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await _stopped.Task;
        _stop.Dispose();
    }

    private void Run()
    {
        try
        {
            using var consumer = new ConsumerBuilder<string?, byte[]>(config)
                .SetErrorHandler((_, e) => KafkaBus.LogConsumerError(logger, config.GroupId, e.Reason))
                .Build();
            consumer.Subscribe(topics);
            try
            {
                Loop(consumer, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                // stopping
            }
            finally
            {
                consumer.Close();
            }

            _stopped.TrySetResult();
        }
        catch (Exception e)
        {
            _stopped.TrySetException(e);
        }
    }

    private void Loop(IConsumer<string?, byte[]> consumer, CancellationToken cancellationToken)
    {
        var retryDelay = FirstRetryDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            var result = consumer.Consume(cancellationToken);
            if (result?.Message is null)
            {
                continue;
            }

            var record = ToRecord(result);
            try
            {
                handler.HandleAsync(record, cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                KafkaBus.LogHandlerFailed(logger, RedactedException.Of(e), config.GroupId, record.Topic, record.Partition, record.Offset, retryDelay);
                consumer.Seek(result.TopicPartitionOffset);
                cancellationToken.WaitHandle.WaitOne(retryDelay);
                retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
                continue;
            }

            retryDelay = FirstRetryDelay;
            consumer.Commit(result);
        }
    }

    private static BusRecord ToRecord(ConsumeResult<string?, byte[]> result)
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        if (result.Message.Headers is { } messageHeaders)
        {
            foreach (var header in messageHeaders)
            {
                headers[header.Key] = Encoding.UTF8.GetString(header.GetValueBytes());
            }
        }

        return new BusRecord(result.Topic, result.Partition.Value, result.Offset.Value, result.Message.Key, result.Message.Value ?? [], headers);
    }
}
