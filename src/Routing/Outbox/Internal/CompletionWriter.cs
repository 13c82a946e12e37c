namespace UniPass.Gateway.Routing.Outbox.Internal;

/// <summary>
/// Group commit of completions: each completion is handed over as soon as its message is published, and
/// written with whatever else arrived while the previous write was in flight. One write at a time, so a
/// slow message never delays the others' status, and a fast stream still costs few transactions.
/// </summary>
internal sealed class CompletionWriter(Func<IReadOnlyList<OutboxCompletion>, CancellationToken, Task> write, CancellationToken cancellationToken)
{
    private readonly Lock _lock = new();
    private List<OutboxCompletion> _pending = [];
    private Task _flushing = Task.CompletedTask;
    private bool _running;

    public void Add(OutboxCompletion completion)
    {
        lock (_lock)
        {
            _pending.Add(completion);
            if (_running)
            {
                return;
            }

            _running = true;
            _flushing = Task.Run(FlushAsync, CancellationToken.None);
        }
    }

    /// <summary>Completes once everything added so far is written (or the write failed: the exception is thrown here).</summary>
    public async Task DrainAsync()
    {
        while (true)
        {
            Task flushing;
            bool done;
            lock (_lock)
            {
                flushing = _flushing;
                done = !_running && _pending.Count == 0;
            }

            // After a failed write the rest stays pending; awaiting the failed flush throws its exception.
            await flushing;
            if (done)
            {
                return;
            }
        }
    }

    private async Task FlushAsync()
    {
        try
        {
            while (true)
            {
                List<OutboxCompletion> batch;
                lock (_lock)
                {
                    if (_pending.Count == 0)
                    {
                        _running = false;
                        return;
                    }

                    batch = _pending;
                    _pending = [];
                }

                await write(batch, cancellationToken);
            }
        }
        catch
        {
            lock (_lock)
            {
                _running = false;
            }

            throw;
        }
    }
}
