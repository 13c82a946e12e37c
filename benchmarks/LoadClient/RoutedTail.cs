using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Confluent.Kafka;
using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.LoadClient;

/// <summary>
/// A downstream consumer of <see cref="Topics.Declarations"/> from its current end: when each message id's first
/// record arrived (Stopwatch timestamp), on a thread of its own.
/// </summary>
internal sealed class RoutedTail : IDisposable
{
    private readonly IConsumer<string?, byte[]> _consumer;
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;

    public RoutedTail(string bootstrapServers, int partitions)
    {
        _consumer = new ConsumerBuilder<string?, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "load-tail-" + Guid.NewGuid().ToString("N"),
            EnableAutoCommit = false,
            FetchWaitMaxMs = 5,
        }).Build();
        // Start at the end as it is now, resolved before anything is sent.
        _consumer.Assign(Enumerable.Range(0, partitions).Select(p =>
        {
            var partition = new TopicPartition(Topics.Declarations, p);
            return new TopicPartitionOffset(partition, _consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(10)).High);
        }));
        _thread = new Thread(Run) { IsBackground = true, Name = "routed-tail" };
        _thread.Start();
    }

    /// <summary>Message id → first arrival.</summary>
    public ConcurrentDictionary<Guid, long> Arrivals { get; } = new();

    /// <summary>Records seen (copies included).</summary>
    public long Records => Interlocked.Read(ref _records);

    private long _records;

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join();
        _consumer.Close();
        _consumer.Dispose();
    }

    private void Run()
    {
        while (!_stop.IsCancellationRequested)
        {
            var result = _consumer.Consume(TimeSpan.FromMilliseconds(50));
            if (result?.Message?.Headers is not { } headers)
            {
                continue;
            }

            var now = Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _records);
            if (headers.TryGetLastBytes(BusHeaders.MessageId, out var id) && Guid.TryParse(Encoding.UTF8.GetString(id), out var messageId))
            {
                Arrivals.TryAdd(messageId, now);
            }
        }
    }
}
