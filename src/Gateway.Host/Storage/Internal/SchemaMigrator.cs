using System.Data.Common;
using System.Globalization;
using Dapper;

namespace UniPass.Gateway.Host.Storage.Internal;

/// <summary>
/// Applies the versioned scripts in <c>Storage/Migrations/&lt;provider&gt;/NNNN_name.sql</c> (embedded)
/// that the database has not seen, in order, each recorded in <c>schema_migration</c>, all in one
/// transaction under the dialect's migration lock so that instances starting together do not race.
/// </summary>
internal static class SchemaMigrator
{
    private const string ResourceRoot = "migrations/";

    /// <param name="upToVersion">Apply only the scripts up to this version (to test upgrades from an older schema).</param>
    public static async Task<int> MigrateAsync(DbDataSource dataSource, StorageDialect dialect, TimeProvider timeProvider, CancellationToken cancellationToken, long upToVersion = long.MaxValue)
    {
        var scripts = Scripts(dialect.Name);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (dialect.Initialize is { } initialize)
        {
            await connection.ExecuteAsync(new CommandDefinition(initialize, cancellationToken: cancellationToken));
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(dialect.LockForMigration, transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(MessageSql.CreateMigrationTable, transaction: transaction, cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(MessageSql.AppliedMigrations, transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        var count = 0;
        foreach (var (version, name, resource) in scripts)
        {
            if (applied.Contains(version) || version > upToVersion)
            {
                continue;
            }

            await connection.ExecuteAsync(new CommandDefinition(Read(resource), transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                MessageSql.RecordMigration,
                new { Version = version, Name = name, AppliedAt = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture) },
                transaction,
                cancellationToken: cancellationToken));
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>The provider's scripts ordered by version (the four digits before the first '_').</summary>
    internal static IReadOnlyList<(long Version, string Name, string Resource)> Scripts(string provider)
    {
        var prefix = ResourceRoot + provider + "/";
        var scripts = new List<(long, string, string)>();
        foreach (var resource in typeof(SchemaMigrator).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var file = Path.GetFileNameWithoutExtension(resource[prefix.Length..]);
            var underscore = file.IndexOf('_', StringComparison.Ordinal);
            if (underscore <= 0 || !long.TryParse(file.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration script '{resource}' is not named NNNN_name.sql.");
            }

            scripts.Add((version, file[(underscore + 1)..], resource));
        }

        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return scripts;
    }

    private static string Read(string resource)
    {
        using var stream = typeof(SchemaMigrator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Migration script '{resource}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
