using System.Data.Common;
using System.Text;
using Dapper;
using UniPass.Gateway.Host.Storage.Internal;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Host.Storage;

public sealed partial class SqlMessageStore
{
    public async Task<IReadOnlyList<OutboxEntry>> ClaimAsync(int maxEntries, TimeSpan lease, string owner, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var now = _timeProvider.GetUtcNow();
        var token = _ids.NewId();
        var args = new { Now = _dialect.Time(now), LeaseUntil = _dialect.Time(now + lease), Max = maxEntries, Owner = owner, Token = token };
        if (_dialect.ClaimReturnsMessages)
        {
            // One statement, committed on its own (every row is read, so its commit has been confirmed on return).
            return await QueryAsync(connection, null, _dialect.ClaimOutbox, args, r => ReadOutboxEntry(r, attempts: r.GetInt32(1), token, offset: 2), cancellationToken);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var leased = await QueryAsync(connection, transaction, _dialect.ClaimOutbox, args, r => (Id: r.GetGuid(0), Attempts: r.GetInt32(1)), cancellationToken);
        var attempts = leased.ToDictionary(l => l.Id, l => l.Attempts);
        var entries = leased.Count == 0
            ? []
            : await QueryAsync(connection, transaction, MessageSql.SelectClaimed, new { Ids = attempts.Keys.ToArray() }, r => ReadOutboxEntry(r, attempts[r.GetGuid(0)], token, offset: 0), cancellationToken);
        entries.Sort((a, b) => a.ReceivedAt.CompareTo(b.ReceivedAt));
        await transaction.CommitAsync(cancellationToken);
        return entries;
    }

    public async Task<IReadOnlyList<Guid>> CompleteAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(completions);
        if (completions.Count == 0)
        {
            return [];
        }

        foreach (var completion in completions)
        {
            if (completion.Status is not (MessageStatus.Routed or MessageStatus.Rejected or MessageStatus.Answered))
            {
                throw new ArgumentException($"Message {completion.MessageId}: {completion.Status} is not a final status.", nameof(completions));
            }
        }

        if (_dialect.CompleteInOneStatement is { } oneStatement)
        {
            return await CompleteInOneStatementAsync(oneStatement, completions, cancellationToken);
        }

        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var won = await TakeCompletedAsync(connection, transaction, completions, cancellationToken);
        var winners = new List<OutboxCompletion>(won.Count);
        var lost = new List<Guid>();
        foreach (var completion in completions)
        {
            // Each message once, even when a batch repeats one: the first completion with the live lease wins.
            if (won.Remove(completion.MessageId))
            {
                winners.Add(completion);
            }
            else
            {
                lost.Add(completion.MessageId);
            }
        }

        var now = _dialect.Time(_timeProvider.GetUtcNow());
        var start = 0;
        while (start < winners.Count)
        {
            // As many outcomes per command as its parameters allow (a few rows each): one round trip per batch.
            var count = 0;
            var parameters = 1;
            while (start + count < winners.Count && (count == 0 || parameters + OutcomeParameters(winners[start + count]) <= RowsStatement.MaxParameters))
            {
                parameters += OutcomeParameters(winners[start + count]);
                count++;
            }

            await connection.ExecuteAsync(OutcomesCommand(winners.GetRange(start, count), now, transaction, cancellationToken));
            start += count;
        }

        await transaction.CommitAsync(cancellationToken);
        return lost;
    }

    /// <summary>
    /// The outcomes as the dialect's one statement over arrays (<see cref="StorageDialect.CompleteInOneStatement"/>),
    /// committed on its own (times as UTC <see cref="DateTimeOffset"/> arrays: the engines with arrays take them so). A message named twice in the batch is written once, by its first completion; the
    /// others are reported lost, as are those whose claim is no longer live.
    /// </summary>
    private async Task<IReadOnlyList<Guid>> CompleteInOneStatementAsync(string sql, IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken)
    {
        var seen = new HashSet<Guid>();
        var first = completions.Where(c => seen.Add(c.MessageId)).ToList();

        var events = first.SelectMany(c => c.Timeline.Select(e => (c.MessageId, Entry: e))).ToList();
        var acks = first.SelectMany(c => c.Acks.Select(a => (c.MessageId, Ack: a))).ToList();
        var args = new DynamicParameters();
        args.Add("Now", _dialect.Time(_timeProvider.GetUtcNow()));
        args.Add("Ids", first.Select(c => c.MessageId).ToArray());
        args.Add("Tokens", first.Select(c => c.Lease.Token).ToArray());
        args.Add("Statuses", first.Select(c => c.Status.ToName()).ToArray());
        args.Add("Types", first.Select(c => c.MessageType).ToArray());
        args.Add("EventMessages", events.Select(e => e.MessageId).ToArray());
        args.Add("EventTimes", events.Select(e => e.Entry.At.ToUniversalTime()).ToArray());
        args.Add("EventSteps", events.Select(e => e.Entry.Step).ToArray());
        args.Add("EventDetails", events.Select(e => e.Entry.Detail).ToArray());
        args.Add("AckIds", acks.Select(a => a.Ack.Id).ToArray());
        args.Add("AckMessages", acks.Select(a => a.MessageId).ToArray());
        args.Add("AckKinds", acks.Select(a => a.Ack.Kind).ToArray());
        args.Add("AckContentTypes", acks.Select(a => a.Ack.ContentType).ToArray());
        args.Add("AckContents", acks.Select(a => a.Ack.Content.ToArray()).ToArray());
        args.Add("AckTimes", acks.Select(a => a.Ack.CreatedAt.ToUniversalTime()).ToArray());

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var taken = new HashSet<Guid>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, args, cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                taken.Add(reader.GetGuid(0));
            }

            // The implicit transaction commits after the rows: read to the end so that its failure is thrown here.
            await reader.CloseAsync();
        }

        // In the batch's order, as the multi-row form reports them.
        var lost = new List<Guid>();
        foreach (var completion in completions)
        {
            if (!taken.Remove(completion.MessageId))
            {
                lost.Add(completion.MessageId);
            }
        }

        return lost;
    }

    /// <summary>The parameters one outcome takes in <see cref="OutcomesCommand"/>.</summary>
    private static int OutcomeParameters(OutboxCompletion completion) =>
        3 + (3 * completion.Timeline.Count) + (5 * completion.Acks.Count);

    /// <summary>
    /// The outcomes of messages whose leases were taken, as one command: their status, the removal of the ordering
    /// keys they registered, their timeline entries (in order) and their acknowledgements.
    /// </summary>
    private CommandDefinition OutcomesCommand(List<OutboxCompletion> completions, object now, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var statement = new RowsStatement();
        var ids = new string[completions.Count];
        var nowParameter = statement.Parameter(now);
        for (var i = 0; i < completions.Count; i++)
        {
            ids[i] = statement.Parameter(completions[i].MessageId);
        }

        statement.Append(MessageSql.CompleteMessagesStart).Append(nowParameter).Rows(
            MessageSql.CompleteMessagesRows,
            Enumerable.Range(0, completions.Count),
            i => [ids[i], statement.Parameter(completions[i].Status.ToName()), statement.Parameter(completions[i].MessageType)],
            MessageSql.CompleteMessagesEnd);
        statement.List(MessageSql.DeleteKeysStart, ids, MessageSql.ListEnd);
        statement.Rows(
            MessageSql.InsertEventsStart,
            Enumerable.Range(0, completions.Count).SelectMany(i => completions[i].Timeline.Select(entry => (Id: ids[i], Entry: entry))),
            e => [e.Id, statement.Parameter(_dialect.Time(e.Entry.At)), statement.Parameter(e.Entry.Step), statement.Parameter(e.Entry.Detail)],
            MessageSql.StatementEnd);
        statement.Rows(
            MessageSql.InsertAcksStart,
            Enumerable.Range(0, completions.Count).SelectMany(i => completions[i].Acks.Select(ack => (Id: ids[i], Ack: ack))),
            a => [statement.Parameter(a.Ack.Id), a.Id, statement.Parameter(a.Ack.Kind), statement.Parameter(a.Ack.ContentType), statement.Parameter(a.Ack.Content.ToArray()), statement.Parameter(_dialect.Time(a.Ack.CreatedAt))],
            MessageSql.StatementEnd);
        return statement.Command(transaction, cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> RetryAsync(IReadOnlyList<OutboxRetry> retries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(retries);
        if (retries.Count == 0)
        {
            return [];
        }

        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var lost = new List<Guid>();
        var events = new List<object>();
        var keys = new List<object>();
        foreach (var retry in retries)
        {
            var applied = await connection.ExecuteAsync(new CommandDefinition(
                MessageSql.Retry,
                new { retry.Lease.MessageId, retry.Lease.Token, DueAt = _dialect.Time(retry.DueAt), Uncount = retry.CountsAsAttempt ? 0 : 1 },
                transaction,
                cancellationToken: cancellationToken));
            if (applied == 0)
            {
                lost.Add(retry.Lease.MessageId);
                continue;
            }

            if (retry.Reason is { } reason)
            {
                events.Add(new { retry.Lease.MessageId, At = _dialect.Time(reason.At), reason.Step, reason.Detail });
            }

            foreach (var key in retry.OrderingKeys)
            {
                keys.Add(new { Key = key, retry.Lease.MessageId });
            }
        }

        if (events.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(MessageSql.InsertEvent, events, transaction, cancellationToken: cancellationToken));
        }

        if (keys.Count > 0)
        {
            await connection.ExecuteAsync(new CommandDefinition(MessageSql.RegisterKey, keys, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return lost;
    }

    public async Task<int> RenewAsync(Guid claimToken, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            MessageSql.Renew,
            new { Token = claimToken, LeaseUntil = _dialect.Time(_timeProvider.GetUtcNow() + lease) },
            cancellationToken: cancellationToken));
    }

    public async Task<int> ReleaseAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(MessageSql.Release, new { Owner = owner }, cancellationToken: cancellationToken));
    }

    public Task<IAsyncDisposable?> TryLockOwnerAsync(string owner, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        return _dialect.TryLockOwnerAsync(_dataSource, owner, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxKeyHolder>> FindKeyHoldersAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await QueryAsync(
            connection,
            null,
            MessageSql.FindKeyHolders + _dialect.InList("k.ordering_key", "@Keys"),
            new { Keys = keys.ToArray() },
            r => new OutboxKeyHolder(r.GetString(0), r.GetGuid(1), _dialect.ReadTime(r, 2), _dialect.ReadTime(r, 3)),
            cancellationToken);
    }

    public async Task<long> CountBacklogAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(MessageSql.CountBacklog, cancellationToken: cancellationToken));
    }

    /// <summary>Removes the outbox entries whose claim token is still the completion's; returns their message ids.</summary>
    private static async Task<HashSet<Guid>> TakeCompletedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken)
    {
        const int PerStatement = RowsStatement.MaxParameters / 2;
        var taken = new HashSet<Guid>();
        for (var start = 0; start < completions.Count; start += PerStatement)
        {
            var statement = new RowsStatement();
            statement.Rows(
                MessageSql.TakeCompletedStart,
                completions.Skip(start).Take(PerStatement),
                c => [statement.Parameter(c.Lease.MessageId), statement.Parameter(c.Lease.Token)],
                MessageSql.TakeCompletedEnd);
            await using var reader = await connection.ExecuteReaderAsync(statement.Command(transaction, cancellationToken));
            while (await reader.ReadAsync(cancellationToken))
            {
                taken.Add(reader.GetGuid(0));
            }
        }

        return taken;
    }

    private OutboxEntry ReadOutboxEntry(DbDataReader r, int attempts, Guid claimToken, int offset) => new(
        r.GetGuid(offset),
        r.GetString(offset + 1),
        r.GetString(offset + 2),
        NullableString(r, offset + 3),
        MessageFormatNames.Parse(r.GetString(offset + 4)),
        NullableString(r, offset + 5),
        _dialect.ReadTime(r, offset + 6),
        r.GetFieldValue<byte[]>(offset + 7),
        attempts,
        claimToken,
        NullableString(r, offset + 8));
}
