using System.Data.Common;
using Dapper;
using UniPass.Gateway.Host.Storage.Internal;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Host.Storage;

public sealed partial class SqlMessageStore
{
    public async Task<IReadOnlyList<OutboxEntry>> ClaimAsync(int maxEntries, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = _timeProvider.GetUtcNow();
        var args = new { Now = _dialect.Time(now), LeaseUntil = _dialect.Time(now + lease), Max = maxEntries };
        List<OutboxEntry> entries;
        if (_dialect.ClaimReturnsMessages)
        {
            entries = await QueryAsync(connection, transaction, _dialect.ClaimOutbox, args, r => ReadOutboxEntry(r, attempts: r.GetInt32(1), offset: 2), cancellationToken);
        }
        else
        {
            var leased = await QueryAsync(connection, transaction, _dialect.ClaimOutbox, args, r => (Id: r.GetGuid(0), Attempts: r.GetInt32(1)), cancellationToken);
            var attempts = leased.ToDictionary(l => l.Id, l => l.Attempts);
            entries = leased.Count == 0
                ? []
                : await QueryAsync(connection, transaction, MessageSql.SelectClaimed, new { Ids = attempts.Keys.ToArray() }, r => ReadOutboxEntry(r, attempts[r.GetGuid(0)], offset: 0), cancellationToken);
            entries.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        }

        await transaction.CommitAsync(cancellationToken);
        return entries;
    }

    public async Task CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completions);
        if (completions.Count == 0)
        {
            return;
        }

        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = _dialect.Time(_timeProvider.GetUtcNow());
        var events = new List<object>();
        var acks = new List<object>();
        foreach (var completion in completions)
        {
            if (completion.Status is not (MessageStatus.Routed or MessageStatus.Rejected or MessageStatus.Answered))
            {
                throw new ArgumentException($"Message {completion.MessageId}: {completion.Status} is not a final status.", nameof(completions));
            }

            await connection.ExecuteAsync(new CommandDefinition(
                MessageSql.Complete,
                new { Id = completion.MessageId, Status = completion.Status.ToName(), completion.MessageType, Now = now },
                transaction,
                cancellationToken: cancellationToken));
            foreach (var entry in completion.Timeline)
            {
                events.Add(new { completion.MessageId, At = _dialect.Time(entry.At), entry.Step, entry.Detail });
            }

            foreach (var ack in completion.Acks)
            {
                acks.Add(new { ack.Id, completion.MessageId, ack.Kind, ack.ContentType, Content = ack.Content.ToArray(), CreatedAt = _dialect.Time(ack.CreatedAt) });
            }
        }

        if (events.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(MessageSql.InsertEvent, events, transaction, cancellationToken: cancellationToken));
        }

        if (acks.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(MessageSql.InsertAck, acks, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RetryAsync(Guid messageId, DateTimeOffset dueAt, TimelineEntry reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reason);
        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            MessageSql.Retry,
            new { MessageId = messageId, DueAt = _dialect.Time(dueAt), At = _dialect.Time(reason.At), reason.Step, reason.Detail },
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<long> CountBacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(MessageSql.CountBacklog, cancellationToken: cancellationToken));
    }

    private OutboxEntry ReadOutboxEntry(DbDataReader r, int attempts, int offset) => new(
        r.GetGuid(offset),
        r.GetString(offset + 1),
        r.GetString(offset + 2),
        NullableString(r, offset + 3),
        MessageFormatNames.Parse(r.GetString(offset + 4)),
        NullableString(r, offset + 5),
        _dialect.ReadTime(r, offset + 6),
        r.GetFieldValue<byte[]>(offset + 7),
        attempts);
}
