using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>The production composition as configuration: PostgreSQL store and Kafka bus.</summary>
internal static class ProductionSettings
{
    public static Dictionary<string, string?> For(TestDatabase database, string bootstrapServers)
    {
        var settings = database.Settings();
        settings["Storage:Provider"] = StorageOptions.Postgres;
        settings["Bus:Provider"] = BusOptions.Kafka;
        settings["Bus:BootstrapServers"] = bootstrapServers;
        settings["Bus:LingerMs"] = "1";
        return settings;
    }
}
