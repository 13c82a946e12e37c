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

    /// <summary>
    /// A submission's intake as data-modifying CTEs (https://www.postgresql.org/docs/current/queries-with.html#QUERIES-WITH-MODIFYING):
    /// the Idempotency-Key look-up, the interchange registration (only when the key is not a repeat), the message
    /// with its first timeline entry and outbox entry (only when neither is a repeat), and the original message
    /// otherwise. Every part sees one snapshot; the unique indexes still decide between concurrent submissions of
    /// one key (the loser fails or waits, as with separate statements).
    /// </summary>
    private const string ReceiveSql = """
        WITH idem AS (
            SELECT id, partner_id, channel, content_type, format, message_type, status, received_at, updated_at, sha256, size, idempotency_key, interchange_key
            FROM message
            WHERE @IdempotencyKey::text IS NOT NULL AND partner_id = @PartnerId AND idempotency_key = @IdempotencyKey::text
        ), reg AS (
            INSERT INTO interchange (partner_id, interchange_key, message_id, received_at)
            SELECT @PartnerId, @InterchangeKey::text, @Id, @Now
            WHERE @InterchangeKey::text IS NOT NULL AND NOT EXISTS (SELECT 1 FROM idem)
            ON CONFLICT (partner_id, interchange_key) DO UPDATE SET message_id = excluded.message_id, received_at = excluded.received_at
            WHERE interchange.received_at < @WindowStart
            RETURNING message_id
        ), ins AS (
            INSERT INTO message (id, partner_id, channel, content_type, format, message_type, status, received_at, updated_at, sha256, size, idempotency_key, interchange_key, body, trace_parent)
            SELECT @Id, @PartnerId, @Channel, @ContentType::text, @Format, @MessageType::text, 'received', @Now, @Now, @Sha256, @Size, @IdempotencyKey::text, @InterchangeKey::text, @Body, @TraceParent::text
            WHERE NOT EXISTS (SELECT 1 FROM idem) AND (@InterchangeKey::text IS NULL OR EXISTS (SELECT 1 FROM reg))
            RETURNING id
        ), ev AS (
            INSERT INTO message_event (message_id, at, step) SELECT id, @Now, 'received' FROM ins
        ), ob AS (
            INSERT INTO outbox (message_id, due_at, attempts) SELECT id, @Now, 0 FROM ins
        )
        SELECT EXISTS (SELECT 1 FROM ins) AS stored, o.* FROM (SELECT 1) AS one LEFT JOIN (
            SELECT id, partner_id, channel, content_type, format, message_type, status, received_at, updated_at, sha256, size, idempotency_key, interchange_key, true AS by_key
            FROM idem
            UNION ALL
            SELECT m.id, m.partner_id, m.channel, m.content_type, m.format, m.message_type, m.status, m.received_at, m.updated_at, m.sha256, m.size, m.idempotency_key, m.interchange_key, false
            FROM interchange i JOIN message m ON m.id = i.message_id AND m.partner_id = i.partner_id
            WHERE i.partner_id = @PartnerId AND i.interchange_key = @InterchangeKey::text AND NOT EXISTS (SELECT 1 FROM idem)
        ) AS o ON NOT EXISTS (SELECT 1 FROM ins)
        """;

    /// <summary>
    /// A batch of outcomes as one statement over arrays (one element per completion, timeline entry or
    /// acknowledgement): its text does not depend on the batch's size, so it is prepared once per connection.
    /// The entries whose claim token is still the completion's are removed first (<c>taken</c>); only their
    /// messages get the status, lose their ordering keys and get the timeline entries (in order) and
    /// acknowledgements. Returns the ids taken.
    /// </summary>
    private const string CompleteSql = """
        WITH v AS (
            SELECT * FROM unnest(@Ids::uuid[], @Tokens::uuid[], @Statuses::text[], @Types::text[]) AS v(id, token, status, message_type)
        ), taken AS (
            DELETE FROM outbox o USING v WHERE o.message_id = v.id AND o.claim_token = v.token
            RETURNING o.message_id
        ), done AS (
            UPDATE message m SET status = v.status, message_type = COALESCE(v.message_type, m.message_type), updated_at = @Now
            FROM v JOIN taken t ON t.message_id = v.id
            WHERE m.id = v.id
        ), unkeyed AS (
            DELETE FROM outbox_key k USING taken t WHERE k.message_id = t.message_id
        ), events AS (
            INSERT INTO message_event (message_id, at, step, detail)
            SELECT e.message_id, e.at, e.step, e.detail
            FROM unnest(@EventMessages::uuid[], @EventTimes::timestamptz[], @EventSteps::text[], @EventDetails::text[]) WITH ORDINALITY AS e(message_id, at, step, detail, n)
            JOIN taken t ON t.message_id = e.message_id
            ORDER BY e.n
        ), acks AS (
            INSERT INTO message_ack (id, message_id, kind, content_type, content, created_at)
            SELECT a.id, a.message_id, a.kind, a.content_type, a.content, a.created_at
            FROM unnest(@AckIds::uuid[], @AckMessages::uuid[], @AckKinds::text[], @AckContentTypes::text[], @AckContents::bytea[], @AckTimes::timestamptz[]) AS a(id, message_id, kind, content_type, content, created_at)
            JOIN taken t ON t.message_id = a.message_id
        )
        SELECT message_id FROM taken
        """;

    public override string Name => StorageOptions.Postgres;

    public override string? CompleteInOneStatement => CompleteSql;

    public override string? ReceiveInOneStatement => ReceiveSql;

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
