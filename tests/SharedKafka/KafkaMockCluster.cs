using System.Runtime.InteropServices;
using System.Text;

namespace UniPass.Gateway.Tests.SharedKafka;

/// <summary>
/// librdkafka's mock cluster (bundled with Confluent.Kafka): brokers with real TCP listeners on
/// 127.0.0.1, so any Kafka client, in this process or outside (kcat), talks to it like to a broker.
/// One per test process.
/// </summary>
public sealed partial class KafkaMockCluster : IDisposable
{
    private const string Lib = "librdkafka";
    private const int RdKafkaProducer = 0;
    private IntPtr _handle;
    private IntPtr _cluster;

    // On Debian 12 "librdkafka.so" needs libsasl2.so.3 and does not load; Confluent.Kafka falls back to
    // "centos8-librdkafka.so". Resolve this type's P/Invokes to the same file, in the same order.
    static KafkaMockCluster() =>
        NativeLibrary.SetDllImportResolver(typeof(KafkaMockCluster).Assembly, (name, _, _) =>
        {
            if (name != Lib)
            {
                return IntPtr.Zero;
            }

            var dir = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native");
            foreach (var file in new[] { "librdkafka.so", "centos8-librdkafka.so" })
            {
                if (NativeLibrary.TryLoad(Path.Combine(dir, file), out var handle))
                {
                    return handle;
                }
            }

            return IntPtr.Zero;
        });

    public KafkaMockCluster(int brokers = 3)
    {
        Confluent.Kafka.Library.Load();
        var conf = rd_kafka_conf_new();
        var error = new byte[512];
        rd_kafka_conf_set(conf, "log_level", "3", error, (nuint)error.Length);
        _handle = rd_kafka_new(RdKafkaProducer, conf, error, (nuint)error.Length);
        if (_handle == IntPtr.Zero)
        {
            throw new InvalidOperationException("rd_kafka_new failed: " + Encoding.UTF8.GetString(error).TrimEnd('\0'));
        }

        _cluster = rd_kafka_mock_cluster_new(_handle, brokers);
        if (_cluster == IntPtr.Zero)
        {
            throw new InvalidOperationException("rd_kafka_mock_cluster_new failed");
        }

        BootstrapServers = Marshal.PtrToStringUTF8(rd_kafka_mock_cluster_bootstraps(_cluster))!;
        rd_kafka_mock_group_initial_rebalance_delay_ms(_cluster, 0);
        rd_kafka_mock_set_controller_id(_cluster, 1);
    }

    public string BootstrapServers { get; }

    /// <summary>Creates a topic (the mock does not support the admin API for it).</summary>
    public void CreateTopic(string topic, int partitions, int replicationFactor = 1)
    {
        var rc = rd_kafka_mock_topic_create(_cluster, topic, partitions, replicationFactor);
        if (rc != 0)
        {
            throw new InvalidOperationException($"rd_kafka_mock_topic_create({topic}) failed: {rc}");
        }
    }

    public void Dispose()
    {
        if (_cluster != IntPtr.Zero)
        {
            rd_kafka_mock_cluster_destroy(_cluster);
            _cluster = IntPtr.Zero;
        }

        if (_handle != IntPtr.Zero)
        {
            rd_kafka_destroy(_handle);
            _handle = IntPtr.Zero;
        }
    }

    [LibraryImport(Lib)]
    private static partial IntPtr rd_kafka_conf_new();

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rd_kafka_conf_set(IntPtr conf, string name, string value, byte[] errstr, nuint errstrSize);

    [LibraryImport(Lib)]
    private static partial IntPtr rd_kafka_new(int type, IntPtr conf, byte[] errstr, nuint errstrSize);

    [LibraryImport(Lib)]
    private static partial void rd_kafka_destroy(IntPtr rk);

    [LibraryImport(Lib)]
    private static partial IntPtr rd_kafka_mock_cluster_new(IntPtr rk, int brokerCount);

    [LibraryImport(Lib)]
    private static partial void rd_kafka_mock_cluster_destroy(IntPtr mcluster);

    [LibraryImport(Lib)]
    private static partial IntPtr rd_kafka_mock_cluster_bootstraps(IntPtr mcluster);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rd_kafka_mock_topic_create(IntPtr mcluster, string topic, int partitionCount, int replicationFactor);

    [LibraryImport(Lib)]
    private static partial void rd_kafka_mock_group_initial_rebalance_delay_ms(IntPtr mcluster, int delayMs);

    [LibraryImport(Lib)]
    private static partial void rd_kafka_mock_set_controller_id(IntPtr mcluster, int brokerId);
}
