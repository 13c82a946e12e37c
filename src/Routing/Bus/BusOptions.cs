namespace UniPass.Gateway.Routing.Bus;

/// <summary>Which bus carries routed messages (configuration section <c>Bus</c>).</summary>
public sealed class BusOptions
{
    public const string SectionName = "Bus";

    /// <summary>The embedded default: topics in this process's memory.</summary>
    public const string InProcess = "inprocess";

    /// <summary>Apache Kafka (Confluent.Kafka / librdkafka).</summary>
    public const string Kafka = "kafka";

    /// <summary><see cref="InProcess"/> (default) or <see cref="Kafka"/>.</summary>
    public string Provider { get; set; } = InProcess;

    /// <summary>Kafka <c>bootstrap.servers</c>; required for Kafka.</summary>
    public string? BootstrapServers { get; set; }

    /// <summary>Kafka <c>client.id</c>.</summary>
    public string ClientId { get; set; } = "unipass-gateway";

    /// <summary>Kafka <c>linger.ms</c>: how long the producer waits to fill a batch (throughput vs latency).</summary>
    public int LingerMs { get; set; } = 2;

    /// <summary>Kafka <c>message.timeout.ms</c>: how long a publish may take before it fails (and is retried from the outbox).</summary>
    public int MessageTimeoutMs { get; set; } = 30_000;

    /// <summary>Kafka consumer <c>session.timeout.ms</c>: how soon a silent member is dropped from its group.</summary>
    public int SessionTimeoutMs { get; set; } = 10_000;

    /// <summary>
    /// The most records an in-process topic keeps for groups that have not read them (or before any group
    /// subscribed); beyond it the oldest are dropped. The in-process bus is not durable beyond the outbox
    /// (see <see cref="InProcessBus"/>).
    /// </summary>
    public int InProcessRetention { get; set; } = 100_000;

    /// <summary>The most bytes (values, keys and headers) an in-process topic keeps; beyond it the oldest records are dropped. Default 64 MiB.</summary>
    public long InProcessRetentionBytes { get; set; } = 64L * 1024 * 1024;
}
