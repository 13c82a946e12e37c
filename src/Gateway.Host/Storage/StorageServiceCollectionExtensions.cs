using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using UniPass.Gateway.Host.Storage.Internal;
using UniPass.Gateway.Host.Storage.Postgres;
using UniPass.Gateway.Host.Storage.Sqlite;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Host.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the message store (<see cref="IMessageStore"/>, <see cref="IOutboxStore"/>) chosen by
    /// <c>Storage:Provider</c> (<c>sqlite</c> | <c>postgres</c>) over <c>Storage:ConnectionString</c>, and
    /// applies pending schema migrations at start-up. Register it before the services that use the store.
    /// </summary>
    public static IServiceCollection AddMessageStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Validate(o => o.Provider is StorageOptions.Sqlite or StorageOptions.Postgres, "Storage:Provider must be 'sqlite' or 'postgres'.")
            .Validate(o => o.Provider != StorageOptions.Postgres || !string.IsNullOrWhiteSpace(o.ConnectionString), "Storage:ConnectionString is required for PostgreSQL.")
            .ValidateOnStart();
        services.AddOptions<IntakeOptions>()
            .Bind(configuration.GetSection(IntakeOptions.SectionName))
            .Validate(o => o.DuplicateWindow >= TimeSpan.Zero && o.MaxBodyBytes > 0, "Intake:DuplicateWindow must not be negative and Intake:MaxBodyBytes must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageIdGenerator, TimeOrderedIdGenerator>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton(sp => CreateStorage(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageBackend>().DataSource);
        services.TryAddSingleton(sp => new SqlMessageStore(
            sp.GetRequiredService<StorageBackend>().DataSource,
            sp.GetRequiredService<StorageBackend>().Dialect,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IMessageIdGenerator>(),
            sp.GetRequiredService<IOptions<IntakeOptions>>(),
            sp.GetRequiredService<OutboxSignal>()));
        services.TryAddSingleton<IMessageStore>(sp => sp.GetRequiredService<SqlMessageStore>());
        services.TryAddSingleton<IOutboxStore>(sp => sp.GetRequiredService<SqlMessageStore>());
        services.AddHostedService<StorageMigrationService>();
        return services;
    }

    internal static StorageBackend CreateStorage(StorageOptions options)
    {
        if (options.Provider == StorageOptions.Postgres)
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (builder.MaxAutoPrepare == 0)
            {
                // Prepared statements for the hot statements: parse/plan once per connection.
                builder.MaxAutoPrepare = 32;
            }

            if (!Names(options.ConnectionString!, "No Reset On Close"))
            {
                // The store sets no session state (its one advisory lock is released explicitly on a connection of
                // its own), so a pooled connection need not be reset for its next use: without this, every command
                // after a checkout carries the reset statements for the server to run.
                builder.NoResetOnClose = true;
            }

            return new StorageBackend(NpgsqlDataSource.Create(builder.ConnectionString), new PostgresDialect());
        }

        var sqlite = new SqliteConnectionStringBuilder(options.ConnectionString ?? StorageOptions.DefaultSqliteConnectionString);
        if (sqlite.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(sqlite.DataSource) && sqlite.DataSource != ":memory:")
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(sqlite.DataSource));
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }
        }

        return new StorageBackend(SqliteFactory.Instance.CreateDataSource(sqlite.ConnectionString), new SqliteDialect());
    }

    /// <summary>Whether the connection string sets <paramref name="keyword"/> (spelt with or without its spaces, in any case).</summary>
    private static bool Names(string connectionString, string keyword)
    {
        var wanted = keyword.Replace(" ", string.Empty, StringComparison.Ordinal);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(k => string.Equals(k.Replace(" ", string.Empty, StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>The data source and the dialect that goes with it.</summary>
internal sealed record StorageBackend(DbDataSource DataSource, StorageDialect Dialect) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
