using Microsoft.Data.Sqlite;
using Npgsql;
using UniPass.Gateway.Host.Storage;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>
/// A fresh, empty database for one test fixture: a new SQLite file, or a new PostgreSQL database on the
/// server <c>scripts/services/postgres.sh</c> starts (connection string from <c>UNIPASS_PG</c>). When
/// PostgreSQL is not there the fixture fails: a missing service must never pass as a skipped test.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=unipass;Password=unipass;Database=unipass";

    private readonly string? _postgresAdmin;
    private readonly string? _postgresDatabase;
    private readonly string? _sqliteFile;

    private TestDatabase(StorageOptions options, string? postgresAdmin, string? postgresDatabase, string? sqliteFile)
    {
        Options = options;
        _postgresAdmin = postgresAdmin;
        _postgresDatabase = postgresDatabase;
        _sqliteFile = sqliteFile;
    }

    /// <summary>The storage options pointing at this database.</summary>
    public StorageOptions Options { get; }

    /// <summary>The host's configuration for this database (<c>Storage:Provider</c> and <c>Storage:ConnectionString</c>).</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Storage:Provider"] = Options.Provider,
        ["Storage:ConnectionString"] = Options.ConnectionString,
    };

    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable("UNIPASS_PG") is { Length: > 0 } cs ? cs : DefaultPostgres;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var name = "unipass_t_" + Guid.NewGuid().ToString("N")[..12];
        if (provider == StorageOptions.Postgres)
        {
            await using (var admin = new NpgsqlConnection(PostgresConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            var builder = new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = name };
            return new TestDatabase(new StorageOptions { Provider = StorageOptions.Postgres, ConnectionString = builder.ConnectionString }, PostgresConnectionString, name, null);
        }

        var file = Path.Combine(Path.GetTempPath(), name + ".db");
        var sqlite = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true };
        return new TestDatabase(new StorageOptions { Provider = StorageOptions.Sqlite, ConnectionString = sqlite.ConnectionString }, null, null, file);
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_postgresAdmin);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", admin);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await drop.ExecuteNonQueryAsync();
                    break;
                }
                catch (PostgresException e) when (attempt < 20 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
                {
                    // A server process of another role (an autovacuum worker on the fresh database) can not be
                    // terminated by the test role; it leaves within moments.
                    await Task.Delay(100);
                }
            }
        }

        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
    }
}
