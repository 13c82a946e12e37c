using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>The production composition as configuration: PostgreSQL store and Kafka bus.</summary>
internal static class ProductionSettings
{
    public static Dictionary<string, string?> For(TestDatabase database, string bootstrapServers) => new()
    {
        ["Storage:Provider"] = StorageOptions.Postgres,
        ["Storage:ConnectionString"] = database.Options.ConnectionString,
        ["Bus:Provider"] = BusOptions.Kafka,
        ["Bus:BootstrapServers"] = bootstrapServers,
        ["Bus:LingerMs"] = "1",
    };
}
