namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// Wakes the dispatcher when a message was stored in this process, so that routing starts at once
/// instead of at the next poll. Entries stored by other instances are found by polling.
/// </summary>
public sealed class OutboxSignal
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _pulse = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Notify()
    {
        TaskCompletionSource pulse;
        lock (_lock)
        {
            pulse = _pulse;
            _pulse = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        pulse.TrySetResult();
    }

    /// <summary>Completes on the next <see cref="Notify"/> or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        Task pulse;
        lock (_lock)
        {
            pulse = _pulse.Task;
        }

        using var delay = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var timer = Task.Delay(timeout, timeProvider, delay.Token);
        await Task.WhenAny(pulse, timer);
        await delay.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
