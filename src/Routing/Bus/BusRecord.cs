namespace UniPass.Gateway.Routing.Bus;

/// <summary>A consumed record with where it came from.</summary>
public sealed record BusRecord(string Topic, int Partition, long Offset, string? Key, ReadOnlyMemory<byte> Value, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The gateway message the record came from (header <see cref="BusHeaders.MessageId"/>), the de-duplication key.</summary>
    public string? MessageId => Headers.TryGetValue(BusHeaders.MessageId, out var id) ? id : null;
}
