using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace UniPass.Gateway.Host.Storage.Internal;

/// <summary>
/// What differs between the database engines behind <see cref="SqlMessageStore"/>: how times are
/// stored, how outbox entries are claimed, how schema changes are serialized and how a unique
/// violation is recognised. Everything else is the same SQL (<see cref="MessageSql"/>).
/// </summary>
internal abstract class StorageDialect
{
    /// <summary>The provider name (<see cref="StorageOptions.Provider"/>), also the migrations folder name.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Leases due outbox entries. Parameters: <c>@Now</c>, <c>@LeaseUntil</c>, <c>@Max</c>, <c>@Owner</c>, <c>@Token</c>; returns
    /// <c>message_id, attempts</c> followed by the message columns of <see cref="MessageSql.OutboxColumns"/>.
    /// </summary>
    public abstract string ClaimOutbox { get; }

    /// <summary>True when <see cref="ClaimOutbox"/> also returns the message columns; else they are read with <see cref="MessageSql.SelectClaimed"/>.</summary>
    public abstract bool ClaimReturnsMessages { get; }

    /// <summary>
    /// One statement that does a whole submission's intake (the repeat checks and the inserts of
    /// <see cref="MessageSql.Insert"/>), committed on its own: one round trip instead of one per statement; or
    /// null when the engine can not (the store then runs the statements one by one in a transaction).
    /// Parameters as <see cref="MessageSql.Insert"/> and <see cref="MessageSql.RegisterInterchange"/>; returns one
    /// row: whether it stored the message, then the columns of <see cref="MessageSql.SummaryColumns"/> of the
    /// original message when it did not (all null when the original is not visible to the statement), then whether
    /// the original was found by its Idempotency-Key.
    /// </summary>
    public virtual string? ReceiveInOneStatement => null;

    /// <summary>
    /// One statement that stores a whole batch of outcomes over array parameters, committed on its own (its text
    /// independent of the batch's size, so prepared once), or null when the engine has no arrays (the store then
    /// writes them as multi-row statements in a transaction). Parameters: <c>@Now</c>; per completion <c>@Ids</c>,
    /// <c>@Tokens</c>, <c>@Statuses</c>, <c>@Types</c>; per timeline entry <c>@EventMessages</c>, <c>@EventTimes</c>,
    /// <c>@EventSteps</c>, <c>@EventDetails</c>; per acknowledgement <c>@AckIds</c>, <c>@AckMessages</c>,
    /// <c>@AckKinds</c>, <c>@AckContentTypes</c>, <c>@AckContents</c>, <c>@AckTimes</c>. Returns the ids of the
    /// messages whose claim was still live (only those are written).
    /// </summary>
    public virtual string? CompleteInOneStatement => null;

    /// <summary>A statement run once at start-up outside any transaction (engine settings), or null.</summary>
    public abstract string? Initialize { get; }

    /// <summary>Statements run inside the migration transaction before anything else, to serialize concurrent starters.</summary>
    public abstract string LockForMigration { get; }

    /// <summary>True when writers must take turns inside one process (SQLite has a single writer).</summary>
    public abstract bool SerializesWriters { get; }

    /// <summary>The parameter value of a time.</summary>
    public abstract object Time(DateTimeOffset time);

    /// <summary>Reads a time column.</summary>
    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    /// <summary>Whether <paramref name="exception"/> is a unique-constraint violation.</summary>
    public abstract bool IsUniqueViolation(DbException exception);

    /// <summary>The condition "<paramref name="column"/> is one of the list parameter <paramref name="parameter"/>" (Dapper passes arrays to Npgsql whole).</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>The exclusive, process-lifetime lock of a dispatcher owner name, or null when a live process holds it.</summary>
    public abstract Task<IAsyncDisposable?> TryLockOwnerAsync(DbDataSource dataSource, string owner, CancellationToken cancellationToken);

    /// <summary>A stable 64-bit number for an owner name (the first 8 bytes of its SHA-256).</summary>
    protected static long OwnerLockKey(string owner) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("unipass-outbox-owner:" + owner)));
}
