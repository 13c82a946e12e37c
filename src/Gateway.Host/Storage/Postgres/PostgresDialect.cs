using System.Data.Common;
using Npgsql;
using UniPass.Gateway.Host.Storage.Internal;

namespace UniPass.Gateway.Host.Storage.Postgres;

/// <summary>PostgreSQL: <c>timestamptz</c> times, <c>FOR UPDATE SKIP LOCKED</c> claims, an advisory lock around migrations.</summary>
internal sealed class PostgresDialect : StorageDialect
{
    // Arbitrary, fixed: every gateway instance takes the same advisory lock while migrating.
    private const long MigrationLockKey = 0x554E4950415353; // "UNIPASS"

    /// <summary>
    /// One statement: lock due, unleased entries that no other instance holds (SKIP LOCKED), lease them,
    /// count the attempt and return them with their messages.
    /// </summary>
    private const string ClaimSql = """
        WITH due AS (
            SELECT message_id FROM outbox
            WHERE due_at <= @Now AND (lease_until IS NULL OR lease_until <= @Now)
            ORDER BY due_at
            LIMIT @Max
            FOR UPDATE SKIP LOCKED
        ), leased AS (
            UPDATE outbox o SET lease_until = @LeaseUntil, lease_owner = @Owner, claim_token = @Token, attempts = o.attempts + 1
            FROM due WHERE o.message_id = due.message_id
            RETURNING o.message_id, o.attempts
        )
        SELECT leased.message_id, leased.attempts, 
        """ + MessageSql.OutboxColumns + """
         FROM leased JOIN message m ON m.id = leased.message_id ORDER BY m.received_at
        """;

    public override string Name => StorageOptions.Postgres;

    public override string ClaimOutbox => ClaimSql;

    public override bool ClaimReturnsMessages => true;

    public override string? Initialize => null;

    public override string LockForMigration => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";

    public override bool SerializesWriters => false;

    public override object Time(DateTimeOffset time) => time.ToUniversalTime();

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>
    /// A session-level advisory lock (https://www.postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS)
    /// on a connection kept open for the lock's lifetime: the server frees it when the connection ends, so
    /// a process that died holds nothing, and a live one is never displaced.
    /// </summary>
    public override async Task<IAsyncDisposable?> TryLockOwnerAsync(DbDataSource dataSource, string owner, CancellationToken cancellationToken)
    {
        var key = OwnerLockKey(owner);
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            if (await ScalarAsync(connection, "SELECT pg_try_advisory_lock(@Key)", key, cancellationToken) is true)
            {
                return new SessionLock(connection, key);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "Key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private sealed class SessionLock(DbConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // Unlock explicitly: a pooled connection's session is reset only when it is next used.
                await ScalarAsync(connection, "SELECT pg_advisory_unlock(@Key)", key, CancellationToken.None);
            }
            catch (DbException)
            {
                // The session is gone, and its locks with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
