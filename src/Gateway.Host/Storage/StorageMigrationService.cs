using UniPass.Gateway.Host.Storage.Internal;

namespace UniPass.Gateway.Host.Storage;

/// <summary>Applies pending schema migrations before the gateway accepts messages.</summary>
internal sealed partial class StorageMigrationService(
    StorageBackend backend,
    TimeProvider timeProvider,
    Microsoft.Extensions.Options.IOptions<StorageOptions> options,
    ILogger<StorageMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        var applied = await SchemaMigrator.MigrateAsync(backend.DataSource, backend.Dialect, timeProvider, cancellationToken);
        LogMigrated(logger, backend.Dialect.Name, applied);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Message store ready ({Provider}); {Applied} schema migration(s) applied.")]
    private static partial void LogMigrated(ILogger logger, string provider, int applied);
}
