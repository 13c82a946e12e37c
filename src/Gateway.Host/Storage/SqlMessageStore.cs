using System.Data.Common;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Dapper;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Host.Storage.Internal;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Host.Storage;

/// <summary>
/// The message store and outbox over one <see cref="DbDataSource"/> (PostgreSQL or SQLite, Dapper).
/// Receiving commits the raw bytes, hash, metadata, the first timeline entry and the outbox entry in
/// one transaction before the receipt is returned.
/// </summary>
public sealed partial class SqlMessageStore : IMessageStore, IOutboxStore, IDisposable
{
    private readonly DbDataSource _dataSource;
    private readonly StorageDialect _dialect;
    private readonly TimeProvider _timeProvider;
    private readonly IMessageIdGenerator _ids;
    private readonly IntakeOptions _intake;
    private readonly SemaphoreSlim? _writeGate;
    private readonly OutboxSignal? _signal;
    private readonly IntakeGroupCommit? _groupCommit;

    internal SqlMessageStore(DbDataSource dataSource, StorageDialect dialect, TimeProvider timeProvider, IMessageIdGenerator ids, IOptions<IntakeOptions> intake, OutboxSignal? signal = null)
    {
        _signal = signal;
        _dataSource = dataSource;
        _dialect = dialect;
        _timeProvider = timeProvider;
        _ids = ids;
        _intake = intake.Value;
        _writeGate = dialect.SerializesWriters ? new SemaphoreSlim(1, 1) : null;

        // A single writer commits (and syncs) once per transaction: concurrent submissions share one.
        _groupCommit = dialect.SerializesWriters ? new IntakeGroupCommit(this) : null;
    }

    public async Task<IntakeReceipt> ReceiveAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.PartnerId);
        ArgumentException.ThrowIfNullOrEmpty(request.Channel);
        if (request.Body.Length > _intake.MaxBodyBytes)
        {
            throw new ArgumentException($"The body has {request.Body.Length} bytes; at most {_intake.MaxBodyBytes} are accepted.", nameof(request));
        }

        var detection = FormatDetector.Detect(request.Body.Span);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Body.Span));
        try
        {
            return await ReceiveOnceAsync(request, detection, sha256, cancellationToken);
        }
        catch (DbException e) when (_dialect.IsUniqueViolation(e))
        {
            // A concurrent submission with the same idempotency key committed first: answer with it.
            return await ReceiveOnceAsync(request, detection, sha256, cancellationToken);
        }
    }

    private async Task<IntakeReceipt> ReceiveOnceAsync(IntakeRequest request, DetectionResult detection, string sha256, CancellationToken cancellationToken)
    {
        if (_groupCommit is not null)
        {
            return await _groupCommit.ReceiveAsync(new PendingReceipt(request, detection, sha256), cancellationToken);
        }

        if (_dialect.ReceiveInOneStatement is not null && await ReceiveInOneStatementAsync(request, detection, sha256, cancellationToken) is { } stored)
        {
            return stored;
        }

        using var writing = await EnterWriteAsync(cancellationToken);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (receipt, refusal) = await ReceiveInAsync(connection, transaction, request, detection, sha256, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (refusal is not null)
        {
            // Thrown only now: the refused bytes are committed (kept for audit) before the sender hears of the refusal.
            throw refusal;
        }

        if (!receipt.IsRepeat)
        {
            _signal?.Notify();
        }

        return receipt;
    }

    /// <summary>
    /// The intake statements of one submission inside the caller's transaction (committed by the caller).
    /// A refusal that keeps the bytes (<see cref="InterchangeReusedException"/>) is returned, not thrown: the caller
    /// throws it once the transaction that keeps them has committed.
    /// </summary>
    private async Task<(IntakeReceipt Receipt, InterchangeReusedException? Refusal)> ReceiveInAsync(DbConnection connection, DbTransaction transaction, IntakeRequest request, DetectionResult detection, string sha256, CancellationToken cancellationToken)
    {
        var interchangeKey = detection.Interchange?.ToString();
        var now = _timeProvider.GetUtcNow();
        var id = _ids.NewId();

        if (request.IdempotencyKey is not null)
        {
            var original = await QuerySingleAsync(connection, transaction, MessageSql.FindByIdempotencyKey, new { request.PartnerId, request.IdempotencyKey }, ReadSummary, cancellationToken);
            if (original is not null)
            {
                // The key names one request: the same key with other bytes is refused, never answered as a repeat.
                return original.Sha256 == sha256 ? (Repeat(original), null) : throw new IdempotencyKeyReusedException(request.PartnerId, request.IdempotencyKey);
            }
        }

        if (interchangeKey is not null)
        {
            var args = new { request.PartnerId, InterchangeKey = interchangeKey, Id = id, Now = _dialect.Time(now), WindowStart = _dialect.Time(now - _intake.DuplicateWindow) };
            var owner = await QuerySingleAsync(connection, transaction, MessageSql.RegisterInterchange, args, r => (Guid?)r.GetGuid(0), cancellationToken);
            if (owner is null)
            {
                var originalId = await QuerySingleAsync(connection, transaction, MessageSql.FindInterchangeOwner, args, r => (Guid?)r.GetGuid(0), cancellationToken);
                var original = await QuerySingleAsync(connection, transaction, MessageSql.FindSummary, new { Id = originalId, request.PartnerId }, ReadSummary, cancellationToken);
                if (original is not null)
                {
                    // The same bytes are the same interchange sent again; other bytes under its key are refused.
                    return original.Sha256 == sha256
                        ? (Repeat(original), null)
                        : await KeepRefusedAsync(connection, transaction, request, detection, sha256, id, now, original, cancellationToken);
                }
            }
        }

        await connection.ExecuteAsync(new CommandDefinition(
            MessageSql.Insert, MessageRow(id, request, detection, now, sha256, interchangeKey), transaction, cancellationToken: cancellationToken));
        return (new IntakeReceipt(id, now, sha256, detection.Format, detection.MessageType, MessageStatus.Received, IsRepeat: false), null);
    }

    /// <summary>
    /// The intake of one submission as the dialect's one statement (<see cref="StorageDialect.ReceiveInOneStatement"/>),
    /// committed on its own; null when the statements one by one are to decide instead: when the statement found a
    /// repeat whose original it can not see (an interchange registered by a submission that committed while the
    /// statement ran; each of the statements one by one sees what has been committed before it), or an interchange
    /// key reused for other bytes (kept as a refused message by <see cref="KeepRefusedAsync"/>).
    /// </summary>
    private async Task<IntakeReceipt?> ReceiveInOneStatementAsync(IntakeRequest request, DetectionResult detection, string sha256, CancellationToken cancellationToken)
    {
        var interchangeKey = detection.Interchange?.ToString();
        var now = _timeProvider.GetUtcNow();
        var id = _ids.NewId();
        var args = new DynamicParameters(MessageRow(id, request, detection, now, sha256, interchangeKey));
        args.Add("WindowStart", _dialect.Time(now - _intake.DuplicateWindow));
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            _dialect.ReceiveInOneStatement!, args, cancellationToken: cancellationToken));
        bool stored;
        MessageSummary? original = null;
        var byKey = false;
        await using (reader)
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The intake statement returned no row.");
            }

            stored = reader.GetBoolean(0);
            if (!stored && !reader.IsDBNull(1))
            {
                original = ReadSummary(reader, 1);
                byKey = reader.GetBoolean(1 + SummaryColumnCount);
            }

            // The statement's implicit transaction commits after its rows are sent: read to the end, so that the
            // receipt is answered only once the commit has been confirmed (or its failure thrown here).
            await reader.CloseAsync();
        }

        if (stored)
        {
            _signal?.Notify();
            return new IntakeReceipt(id, now, sha256, detection.Format, detection.MessageType, MessageStatus.Received, IsRepeat: false);
        }

        if (original is null)
        {
            return null;
        }

        if (original.Sha256 == sha256)
        {
            return Repeat(original);
        }

        // The key names one request: the same key with other bytes is refused, never answered as a repeat.
        return byKey ? throw new IdempotencyKeyReusedException(request.PartnerId, request.IdempotencyKey!) : null;
    }

    /// <summary>
    /// Keeps bytes refused as a reused interchange key: stored exactly as received, status rejected, with a timeline
    /// that names the collision and no outbox entry (never processed, never routed). The Idempotency-Key is not kept
    /// with them: a retry of the refused bytes is refused again instead of being answered as if it had been accepted.
    /// </summary>
    private async Task<(IntakeReceipt, InterchangeReusedException?)> KeepRefusedAsync(
        DbConnection connection, DbTransaction transaction, IntakeRequest request, DetectionResult detection, string sha256, Guid id, DateTimeOffset now, MessageSummary original, CancellationToken cancellationToken)
    {
        var interchange = detection.Interchange!.Value;
        var refusal = new InterchangeReusedException(request.PartnerId, interchange, original.Id, original.ReceivedAt, id);
        var detail = $"Refused: interchange {InterchangeReusedException.Describe(interchange)} was received before as message {original.Id} with different content; these bytes are kept and not processed.";
        await connection.ExecuteAsync(new CommandDefinition(
            MessageSql.InsertRefused, MessageRow(id, request, detection, now, sha256, interchange.ToString(), detail), transaction, cancellationToken: cancellationToken));
        return (new IntakeReceipt(id, now, sha256, detection.Format, detection.MessageType, MessageStatus.Rejected, IsRepeat: false), refusal);
    }

    /// <summary>The parameters of <see cref="MessageSql.Insert"/> and <see cref="MessageSql.InsertRefused"/> (each names the ones it uses).</summary>
    private object MessageRow(Guid id, IntakeRequest request, DetectionResult detection, DateTimeOffset now, string sha256, string? interchangeKey, string? detail = null) => new
    {
        Id = id,
        request.PartnerId,
        request.Channel,
        request.ContentType,
        Format = detection.Format.ToName(),
        detection.MessageType,
        Now = _dialect.Time(now),
        Sha256 = sha256,
        Size = request.Body.Length,
        request.IdempotencyKey,
        InterchangeKey = interchangeKey,
        Body = AsArray(request.Body),
        TraceParent = IntakeTracing.IsTraceParent(request.TraceParent) ? request.TraceParent : null,
        Detail = detail,
    };

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            return await connection.ExecuteScalarAsync<int>(new CommandDefinition(MessageSql.Ping, cancellationToken: cancellationToken)) == 1;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public void Dispose() => _writeGate?.Dispose();

    private static IntakeReceipt Repeat(MessageSummary original) =>
        new(original.Id, original.ReceivedAt, original.Sha256, original.Format, original.MessageType, original.Status, IsRepeat: true);

    private static byte[] AsArray(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : memory.ToArray();

    private async ValueTask<WriteTurn> EnterWriteAsync(CancellationToken cancellationToken)
    {
        if (_writeGate is null)
        {
            return default;
        }

        await _writeGate.WaitAsync(cancellationToken);
        return new WriteTurn(_writeGate);
    }

    /// <summary>SQLite's single writer, taken in turn inside the process instead of spinning on SQLITE_BUSY.</summary>
    private readonly struct WriteTurn(SemaphoreSlim? gate) : IDisposable
    {
        public void Dispose() => gate?.Release();
    }
}
