using UniPass.Gateway.Tests.SharedKafka;

namespace UniPass.Gateway.Routing.Tests.Bus.Kafka;

/// <summary>One librdkafka mock cluster for every Kafka test in this namespace (one per test process).</summary>
[SetUpFixture]
public sealed class KafkaFixture
{
    public static KafkaMockCluster Cluster { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start() => Cluster = new KafkaMockCluster(brokers: 3);

    [OneTimeTearDown]
    public void Stop() => Cluster.Dispose();
}
