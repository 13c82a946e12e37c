using System.Buffers.Binary;
using System.Data.Common;
using System.Text;
using Dapper;
using UniPass.Gateway.Host.Storage.Internal;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Storage;

public sealed partial class SqlMessageStore
{
    private const int CursorBytes = sizeof(long) + 16;

    public async Task<StoredMessage?> GetAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var summary = await QuerySingleAsync(connection, null, MessageSql.FindSummary, new { Id = messageId, PartnerId = partnerId }, ReadSummary, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var timeline = await QueryAsync(connection, null, MessageSql.FindTimeline, new { Id = messageId }, ReadTimelineEntry, cancellationToken);
        return new StoredMessage(summary, timeline);
    }

    public async Task<IReadOnlyList<StoredAck>?> GetAcksAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var summary = await QuerySingleAsync(connection, null, MessageSql.FindSummary, new { Id = messageId, PartnerId = partnerId }, ReadSummary, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        return await QueryAsync(connection, null, MessageSql.FindAcks, new { Id = messageId }, ReadAck, cancellationToken);
    }

    public async Task<ReadOnlyMemory<byte>?> GetBodyAsync(string partnerId, Guid messageId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var body = await QuerySingleAsync(connection, null, MessageSql.FindBody, new { Id = messageId, PartnerId = partnerId }, r => r.GetFieldValue<byte[]>(0), cancellationToken);
        return body is null ? default(ReadOnlyMemory<byte>?) : new ReadOnlyMemory<byte>(body);
    }

    /// <exception cref="ArgumentException">The query's cursor is not one this store issued.</exception>
    public async Task<MessagePage> ListAsync(string partnerId, MessageQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var limit = Math.Clamp(query.Limit, 1, MessageQuery.MaxLimit);
        var sql = new StringBuilder(MessageSql.ListSelect);
        var args = new DynamicParameters();
        args.Add("PartnerId", partnerId);
        args.Add("Limit", limit + 1);
        if (query.Status is { } status)
        {
            sql.Append(MessageSql.ListConditions.Status);
            args.Add("Status", status.ToName());
        }

        if (query.MessageType is { } messageType)
        {
            sql.Append(MessageSql.ListConditions.MessageType);
            args.Add("MessageType", messageType);
        }

        if (query.ReceivedFrom is { } from)
        {
            sql.Append(MessageSql.ListConditions.ReceivedFrom);
            args.Add("ReceivedFrom", _dialect.Time(from));
        }

        if (query.ReceivedTo is { } to)
        {
            sql.Append(MessageSql.ListConditions.ReceivedTo);
            args.Add("ReceivedTo", _dialect.Time(to));
        }

        if (query.Cursor is { } cursor)
        {
            var (time, id) = ParseCursor(cursor);
            sql.Append(MessageSql.ListConditions.After);
            args.Add("CursorTime", _dialect.Time(time));
            args.Add("CursorId", id);
        }

        sql.Append(MessageSql.ListOrder);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var items = await QueryAsync(connection, null, sql.ToString(), args, ReadSummary, cancellationToken);
        if (items.Count <= limit)
        {
            return new MessagePage(items, null);
        }

        items.RemoveAt(items.Count - 1);
        var last = items[^1];
        return new MessagePage(items, FormatCursor(last.ReceivedAt, last.Id));
    }

    private static string FormatCursor(DateTimeOffset time, Guid id)
    {
        Span<byte> bytes = stackalloc byte[CursorBytes];
        BinaryPrimitives.WriteInt64BigEndian(bytes, time.UtcTicks);
        id.TryWriteBytes(bytes[sizeof(long)..], bigEndian: true, out _);
        return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static (DateTimeOffset Time, Guid Id) ParseCursor(string cursor)
    {
        Span<byte> bytes = stackalloc byte[CursorBytes];
        var base64 = cursor.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        if (!Convert.TryFromBase64String(base64, bytes, out var written) || written != CursorBytes)
        {
            throw new ArgumentException("The cursor is not one this gateway issued.", nameof(cursor));
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            throw new ArgumentException("The cursor is not one this gateway issued.", nameof(cursor));
        }

        return (new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[sizeof(long)..], bigEndian: true));
    }

    /// <summary>The number of columns in <see cref="MessageSql.SummaryColumns"/>.</summary>
    private const int SummaryColumnCount = 13;

    private MessageSummary ReadSummary(DbDataReader r) => ReadSummary(r, 0);

    /// <summary>The columns of <see cref="MessageSql.SummaryColumns"/>, from <paramref name="at"/> on.</summary>
    private MessageSummary ReadSummary(DbDataReader r, int at) => new(
        r.GetGuid(at),
        r.GetString(at + 1),
        r.GetString(at + 2),
        NullableString(r, at + 3),
        MessageFormatNames.Parse(r.GetString(at + 4)),
        NullableString(r, at + 5),
        MessageStatusNames.Parse(r.GetString(at + 6)),
        _dialect.ReadTime(r, at + 7),
        _dialect.ReadTime(r, at + 8),
        r.GetString(at + 9),
        r.GetInt32(at + 10),
        NullableString(r, at + 11),
        NullableString(r, at + 12));

    private TimelineEntry ReadTimelineEntry(DbDataReader r) => new(_dialect.ReadTime(r, 0), r.GetString(1), NullableString(r, 2));

    private StoredAck ReadAck(DbDataReader r) => new(
        r.GetGuid(0),
        r.GetGuid(1),
        r.GetString(2),
        r.GetString(3),
        r.GetFieldValue<byte[]>(4),
        _dialect.ReadTime(r, 5));

    private static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, object? args, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static async Task<T?> QuerySingleAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, object? args, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
        return await reader.ReadAsync(cancellationToken) ? read(reader) : default;
    }
}
