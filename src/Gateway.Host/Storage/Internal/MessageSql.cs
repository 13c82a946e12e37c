namespace UniPass.Gateway.Host.Storage.Internal;

/// <summary>The SQL both engines run unchanged (PostgreSQL and SQLite share this dialect of SQL).</summary>
internal static class MessageSql
{
    public const string SummaryColumns =
        "id, partner_id, channel, content_type, format, message_type, status, received_at, updated_at, sha256, size, idempotency_key, interchange_key";

    public const string OutboxColumns =
        "m.id, m.partner_id, m.channel, m.content_type, m.format, m.message_type, m.received_at, m.body, m.trace_parent";

    /// <summary>The message, its first timeline entry and its outbox entry (one implicit transaction on PostgreSQL, run inside one on SQLite).</summary>
    public const string Insert = """
        INSERT INTO message (id, partner_id, channel, content_type, format, message_type, status, received_at, updated_at, sha256, size, idempotency_key, interchange_key, body, trace_parent)
        VALUES (@Id, @PartnerId, @Channel, @ContentType, @Format, @MessageType, 'received', @Now, @Now, @Sha256, @Size, @IdempotencyKey, @InterchangeKey, @Body, @TraceParent);
        INSERT INTO message_event (message_id, at, step) VALUES (@Id, @Now, 'received');
        INSERT INTO outbox (message_id, due_at, attempts) VALUES (@Id, @Now, 0);
        """;

    /// <summary>
    /// Bytes refused because their interchange key was used before for other bytes: kept as received, rejected at
    /// once, with no outbox entry (never processed).
    /// </summary>
    public const string InsertRefused = """
        INSERT INTO message (id, partner_id, channel, content_type, format, message_type, status, received_at, updated_at, sha256, size, idempotency_key, interchange_key, body, trace_parent)
        VALUES (@Id, @PartnerId, @Channel, @ContentType, @Format, @MessageType, 'rejected', @Now, @Now, @Sha256, @Size, NULL, @InterchangeKey, @Body, @TraceParent);
        INSERT INTO message_event (message_id, at, step) VALUES (@Id, @Now, 'received');
        INSERT INTO message_event (message_id, at, step, detail) VALUES (@Id, @Now, 'rejected', @Detail);
        """;

    /// <summary>
    /// Registers an interchange, or takes over a registration older than the duplicate window.
    /// Returns a row only when the caller's message now owns the interchange.
    /// </summary>
    public const string RegisterInterchange = """
        INSERT INTO interchange (partner_id, interchange_key, message_id, received_at) VALUES (@PartnerId, @InterchangeKey, @Id, @Now)
        ON CONFLICT (partner_id, interchange_key) DO UPDATE SET message_id = excluded.message_id, received_at = excluded.received_at
        WHERE interchange.received_at < @WindowStart
        RETURNING message_id
        """;

    public const string FindInterchangeOwner =
        "SELECT message_id FROM interchange WHERE partner_id = @PartnerId AND interchange_key = @InterchangeKey";

    public const string FindByIdempotencyKey =
        "SELECT " + SummaryColumns + " FROM message WHERE partner_id = @PartnerId AND idempotency_key = @IdempotencyKey";

    public const string FindSummary =
        "SELECT " + SummaryColumns + " FROM message WHERE id = @Id AND partner_id = @PartnerId";

    public const string FindTimeline =
        "SELECT at, step, detail FROM message_event WHERE message_id = @Id ORDER BY id";

    public const string FindAcks =
        "SELECT id, message_id, kind, content_type, content, created_at FROM message_ack WHERE message_id = @Id ORDER BY created_at, id";

    public const string FindBody =
        "SELECT body FROM message WHERE id = @Id AND partner_id = @PartnerId";

    /// <summary>The start of a listing; conditions from <see cref="ListConditions"/> follow, then <see cref="ListOrder"/>.</summary>
    public const string ListSelect = "SELECT " + SummaryColumns + " FROM message WHERE partner_id = @PartnerId";

    public const string ListOrder = " ORDER BY received_at DESC, id DESC LIMIT @Limit";

    public static class ListConditions
    {
        public const string Status = " AND status = @Status";
        public const string MessageType = " AND message_type = @MessageType";
        public const string ReceivedFrom = " AND received_at >= @ReceivedFrom";
        public const string ReceivedTo = " AND received_at < @ReceivedTo";
        public const string After = " AND (received_at < @CursorTime OR (received_at = @CursorTime AND id < @CursorId))";
    }

    public const string SelectClaimed =
        "SELECT " + OutboxColumns + " FROM message m WHERE m.id IN @Ids";

    /// <summary>
    /// The start of the conditional removal of completed entries: <c>(message_id, claim_token) IN (VALUES ...)</c>
    /// follows (one pair per completion), then <see cref="TakeCompletedEnd"/>. Removing the row first takes
    /// its lock, so a concurrent reclaim either happened before (the token differs: nothing is removed) or
    /// waits until this transaction ends and finds no row.
    /// </summary>
    public const string TakeCompletedStart = "DELETE FROM outbox WHERE (message_id, claim_token) IN (VALUES ";

    public const string TakeCompletedEnd = ") RETURNING message_id";

    /// <summary>
    /// The outcomes of a batch of completed messages, one statement per table (<see cref="RowsStatement"/>):
    /// the status update is followed by <c>@Now</c>, then <c>(id, status, message_type)</c> rows, then
    /// <see cref="CompleteMessagesEnd"/>. SQLite and PostgreSQL both name the columns of a <c>VALUES</c> list
    /// <c>column1</c>, <c>column2</c>, ...
    /// </summary>
    public const string CompleteMessagesStart =
        "UPDATE message SET status = v.column2, message_type = COALESCE(v.column3, message.message_type), updated_at = ";

    public const string CompleteMessagesRows = " FROM (VALUES ";

    public const string CompleteMessagesEnd = ") AS v WHERE message.id = v.column1;\n";

    /// <summary>Followed by the message ids and <see cref="ListEnd"/>: completed messages hold back no key any more.</summary>
    public const string DeleteKeysStart = "DELETE FROM outbox_key WHERE message_id IN (";

    public const string ListEnd = ");\n";

    /// <summary>Followed by <c>(message_id, at, step, detail)</c> rows in timeline order and <see cref="StatementEnd"/>.</summary>
    public const string InsertEventsStart = "INSERT INTO message_event (message_id, at, step, detail) VALUES ";

    /// <summary>Followed by <c>(id, message_id, kind, content_type, content, created_at)</c> rows and <see cref="StatementEnd"/>.</summary>
    public const string InsertAcksStart = "INSERT INTO message_ack (id, message_id, kind, content_type, content, created_at) VALUES ";

    public const string StatementEnd = ";\n";

    public const string InsertEvent =
        "INSERT INTO message_event (message_id, at, step, detail) VALUES (@MessageId, @At, @Step, @Detail)";

    /// <summary>Gives the entry back if the caller's claim still holds it (<c>@Uncount</c> 1 takes the claim's attempt back).</summary>
    public const string Retry = """
        UPDATE outbox SET due_at = @DueAt, lease_until = NULL, lease_owner = NULL, claim_token = NULL, attempts = attempts - @Uncount
        WHERE message_id = @MessageId AND claim_token = @Token
        """;

    public const string RegisterKey =
        "INSERT INTO outbox_key (ordering_key, message_id) VALUES (@Key, @MessageId) ON CONFLICT DO NOTHING";

    public const string Renew = "UPDATE outbox SET lease_until = @LeaseUntil WHERE claim_token = @Token";

    public const string Release =
        "UPDATE outbox SET lease_until = NULL, lease_owner = NULL, claim_token = NULL WHERE lease_owner = @Owner";

    /// <summary>Followed by the dialect's <c>k.ordering_key</c> in <c>@Keys</c> condition.</summary>
    public const string FindKeyHolders = """
        SELECT k.ordering_key, k.message_id, m.received_at, o.due_at
        FROM outbox_key k JOIN outbox o ON o.message_id = k.message_id JOIN message m ON m.id = k.message_id
        WHERE 
        """;

    public const string CountBacklog = "SELECT COUNT(*) FROM outbox";

    public const string Ping = "SELECT 1";

    public const string CreateMigrationTable =
        "CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public const string AppliedMigrations = "SELECT version FROM schema_migration";

    public const string RecordMigration =
        "INSERT INTO schema_migration (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)";
}
