using System.Text;
using Confluent.Kafka;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>One record as a downstream consumer sees it.</summary>
internal sealed record TopicRecord(string Topic, int Partition, long Offset, string? Key, byte[] Value, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}

/// <summary>
/// Reads topics from their beginning to their current end with one Confluent consumer (assigned, no group
/// membership, nothing committed), so a test sees exactly what a new downstream consumer would.
/// Not thread-safe: one per fixture.
/// </summary>
internal sealed class TopicReader(string bootstrapServers) : IDisposable
{
    private readonly IConsumer<string?, byte[]> _consumer = new ConsumerBuilder<string?, byte[]>(new ConsumerConfig
    {
        BootstrapServers = bootstrapServers,
        GroupId = "topic-reader-" + Guid.NewGuid().ToString("N"),
        EnableAutoCommit = false,
        AutoOffsetReset = AutoOffsetReset.Earliest,
        FetchWaitMaxMs = 20,
    }).Build();

    private readonly IAdminClient _admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
    private readonly Dictionary<string, int[]> _partitions = new(StringComparer.Ordinal);

    public IReadOnlyList<TopicRecord> ReadAll(string topic, TimeSpan patience)
    {
        var ends = Partitions(topic, patience).ToDictionary(p => p, p => _consumer.QueryWatermarkOffsets(new TopicPartition(topic, p), patience).High.Value);
        var pending = ends.Where(e => e.Value > 0).Select(e => e.Key).ToHashSet();
        var records = new List<TopicRecord>();
        if (pending.Count == 0)
        {
            return records;
        }

        _consumer.Assign(pending.Select(p => new TopicPartitionOffset(topic, p, Offset.Beginning)));
        var deadline = DateTime.UtcNow + patience;
        while (pending.Count > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{topic}: partitions {string.Join(',', pending)} not read to their end within {patience}.");
            }

            var result = _consumer.Consume(TimeSpan.FromMilliseconds(100));
            if (result?.Message is null || !pending.Contains(result.Partition.Value))
            {
                continue;
            }

            var headers = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var header in result.Message.Headers)
            {
                headers[header.Key] = Encoding.UTF8.GetString(header.GetValueBytes());
            }

            records.Add(new TopicRecord(topic, result.Partition.Value, result.Offset.Value, result.Message.Key, result.Message.Value, headers));
            if (result.Offset.Value + 1 >= ends[result.Partition.Value])
            {
                pending.Remove(result.Partition.Value);
            }
        }

        _consumer.Unassign();
        return records;
    }

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
        _admin.Dispose();
    }

    private int[] Partitions(string topic, TimeSpan patience)
    {
        if (_partitions.TryGetValue(topic, out var known))
        {
            return known;
        }

        var found = _admin.GetMetadata(topic, patience).Topics.SingleOrDefault(t => t.Topic == topic);
        if (found is null || found.Error.IsError || found.Partitions.Count == 0)
        {
            return [];
        }

        return _partitions[topic] = [.. found.Partitions.Select(p => p.PartitionId)];
    }
}
