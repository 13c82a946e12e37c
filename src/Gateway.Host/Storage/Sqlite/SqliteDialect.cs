using System.Data.Common;
using Microsoft.Data.Sqlite;
using UniPass.Gateway.Host.Storage.Internal;

namespace UniPass.Gateway.Host.Storage.Sqlite;

/// <summary>
/// SQLite (the embedded default): times as UTC ticks, one writer at a time, WAL journal so readers
/// never wait for the writer. Claims need no row locks: the single writer makes them exclusive.
/// </summary>
internal sealed class SqliteDialect : StorageDialect
{
    // SQLite extended result code SQLITE_CONSTRAINT_PRIMARYKEY / _UNIQUE (https://sqlite.org/rescode.html).
    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;

    private const string ClaimSql = """
        UPDATE outbox SET lease_until = @LeaseUntil, lease_owner = @Owner, claim_token = @Token, attempts = attempts + 1
        WHERE message_id IN (
            SELECT message_id FROM outbox
            WHERE due_at <= @Now AND (lease_until IS NULL OR lease_until <= @Now)
            ORDER BY due_at
            LIMIT @Max)
        RETURNING message_id, attempts
        """;

    public override string Name => StorageOptions.Sqlite;

    /// <summary>SQLite cannot join in RETURNING: the store reads the messages with <see cref="MessageSql.SelectClaimed"/>.</summary>
    public override string ClaimOutbox => ClaimSql;

    public override bool ClaimReturnsMessages => false;

    public override string LockForMigration => "SELECT 1";

    // https://sqlite.org/wal.html: the journal mode is persistent in the database file; set once, outside a transaction.
    public override string? Initialize => "PRAGMA journal_mode=WAL";

    public override bool SerializesWriters => true;

    public override object Time(DateTimeOffset time) => time.UtcTicks;

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    /// <summary>Dapper expands the list parameter into <c>(@p1, @p2, ...)</c>.</summary>
    public override string InList(string column, string parameter) => $"{column} IN {parameter}";

    public override bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: ConstraintPrimaryKey or ConstraintUnique };

    /// <summary>
    /// A lock file beside the database, opened without sharing and deleted on close: the operating system
    /// frees it when the process dies. An in-memory database belongs to one process; its lock always succeeds.
    /// </summary>
    public override Task<IAsyncDisposable?> TryLockOwnerAsync(DbDataSource dataSource, string owner, CancellationToken cancellationToken)
    {
        var builder = new SqliteConnectionStringBuilder(dataSource.ConnectionString);
        if (builder.Mode == SqliteOpenMode.Memory || string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:")
        {
            return Task.FromResult<IAsyncDisposable?>(new FileLock(null));
        }

        var path = $"{Path.GetFullPath(builder.DataSource)}.owner-{OwnerLockKey(owner):x16}.lock";
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            return Task.FromResult<IAsyncDisposable?>(new FileLock(stream));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another live process holds the file.
            return Task.FromResult<IAsyncDisposable?>(null);
        }
    }

    private sealed class FileLock(FileStream? stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
