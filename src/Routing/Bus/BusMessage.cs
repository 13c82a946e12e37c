namespace UniPass.Gateway.Routing.Bus;

/// <summary>A record to publish: topic, key (per-entity ordering), value bytes and headers (<see cref="BusHeaders"/>).</summary>
public sealed record BusMessage(string Topic, string? Key, ReadOnlyMemory<byte> Value, IReadOnlyDictionary<string, string> Headers);
