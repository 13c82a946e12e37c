namespace UniPass.Gateway.Host.Storage;

/// <summary>Where messages are stored (configuration section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The embedded default: one SQLite file under <c>./data</c>.</summary>
    public const string Sqlite = "sqlite";

    /// <summary>PostgreSQL, for production and several gateway instances side by side.</summary>
    public const string Postgres = "postgres";

    /// <summary>The SQLite file used when no connection string is configured.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/unipass.db";

    /// <summary><see cref="Sqlite"/> (default) or <see cref="Postgres"/>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>The ADO.NET connection string; defaults to <see cref="DefaultSqliteConnectionString"/> for SQLite.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending schema migrations at start-up (default true).</summary>
    public bool MigrateOnStart { get; set; } = true;
}
