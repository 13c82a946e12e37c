using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Tests.SharedKafka;

namespace UniPass.Gateway.Host.Tests.EndToEnd;

/// <summary>
/// One librdkafka mock cluster for every end-to-end test (one per test process): three brokers with real TCP
/// listeners on 127.0.0.1, so gateways in this process and in child processes, and kcat, all reach it. The
/// gateway's topics are created up front with several partitions, so that keys decide partitions as in production.
/// </summary>
[SetUpFixture]
public sealed class KafkaFixture
{
    public const int Partitions = 3;

    public static KafkaMockCluster Cluster { get; private set; } = null!;

    public static string BootstrapServers => Cluster.BootstrapServers;

    [OneTimeSetUp]
    public void Start()
    {
        Cluster = new KafkaMockCluster(brokers: 3);
        foreach (var topic in Topics.All)
        {
            Cluster.CreateTopic(topic, Partitions, replicationFactor: 3);
        }
    }

    [OneTimeTearDown]
    public void Stop() => Cluster.Dispose();
}
