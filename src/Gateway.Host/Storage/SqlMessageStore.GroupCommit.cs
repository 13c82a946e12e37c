using System.Data.Common;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Storage;

public sealed partial class SqlMessageStore
{
    /// <summary>A submission waiting for the next intake transaction.</summary>
    private sealed record PendingReceipt(IntakeRequest Request, DetectionResult Detection, string Sha256)
    {
        public TaskCompletionSource<IntakeReceipt> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>
    /// Group commit for a store with one writer (SQLite): submissions that arrive while a transaction is being
    /// written wait for the next one, which stores them all (each under its own savepoint, so one that fails
    /// leaves the others intact) and commits once. A receipt is answered only after that commit: the promise
    /// of the 202 is unchanged, but the journal is synced once per transaction instead of once per submission
    /// (https://sqlite.org/lang_transaction.html; with WAL and synchronous=FULL each commit syncs the WAL).
    /// </summary>
    private sealed class IntakeGroupCommit(SqlMessageStore store)
    {
        /// <summary>Most submissions per transaction: bounds how long the writer holds the database for one commit.</summary>
        private const int MaxPerTransaction = 256;

        private const string Savepoint = "receipt";

        private readonly Lock _lock = new();
        private List<PendingReceipt> _pending = [];
        private bool _writing;

        public async Task<IntakeReceipt> ReceiveAsync(PendingReceipt receipt, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            bool start;
            lock (_lock)
            {
                _pending.Add(receipt);
                start = !_writing;
                _writing = true;
            }

            if (start)
            {
                _ = Task.Run(WriteAllAsync, CancellationToken.None);
            }

            // Once queued, the submission is written whatever the caller does: the answer may come after a cancel.
            return await receipt.Answer.Task.WaitAsync(cancellationToken);
        }

        private async Task WriteAllAsync()
        {
            while (true)
            {
                List<PendingReceipt> batch;
                lock (_lock)
                {
                    if (_pending.Count == 0)
                    {
                        _writing = false;
                        return;
                    }

                    batch = _pending.Count <= MaxPerTransaction ? _pending : _pending[..MaxPerTransaction];
                    _pending = _pending.Count <= MaxPerTransaction ? [] : _pending[MaxPerTransaction..];
                }

                await WriteAsync(batch);
            }
        }

        private async Task WriteAsync(List<PendingReceipt> batch)
        {
            var answers = new List<(PendingReceipt Pending, IntakeReceipt Receipt, InterchangeReusedException? Refusal)>(batch.Count);
            try
            {
                using var writing = await store.EnterWriteAsync(CancellationToken.None);
                await using var connection = await store._dataSource.OpenConnectionAsync(CancellationToken.None);
                await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
                foreach (var pending in batch)
                {
                    await transaction.SaveAsync(Savepoint);
                    try
                    {
                        var (receipt, refusal) = await store.ReceiveInAsync(connection, transaction, pending.Request, pending.Detection, pending.Sha256, CancellationToken.None);
                        await transaction.ReleaseAsync(Savepoint);
                        answers.Add((pending, receipt, refusal));
                    }
                    catch (Exception e) when (e is DbException or IdempotencyKeyReusedException)
                    {
                        // This submission only: undo its statements, answer it with the failure, keep the others.
                        await transaction.RollbackAsync(Savepoint);
                        await transaction.ReleaseAsync(Savepoint);
                        pending.Answer.TrySetException(e);
                    }
                }

                await transaction.CommitAsync(CancellationToken.None);
            }
            catch (Exception e)
            {
                // Nothing of this transaction is stored: every submission still waiting gets the failure.
                foreach (var pending in batch)
                {
                    pending.Answer.TrySetException(e);
                }

                return;
            }

            if (answers.Any(a => !a.Receipt.IsRepeat && a.Refusal is null))
            {
                store._signal?.Notify();
            }

            foreach (var (pending, receipt, refusal) in answers)
            {
                // A refusal that kept the bytes is answered only now that they are committed.
                if (refusal is not null)
                {
                    pending.Answer.TrySetException(refusal);
                }
                else
                {
                    pending.Answer.TrySetResult(receipt);
                }
            }
        }
    }
}
