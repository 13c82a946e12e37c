using Microsoft.Extensions.Logging;
using UniPass.Gateway.Routing.Diagnostics;

namespace UniPass.Gateway.Routing.Bus.Internal;

/// <summary>One group's consume loop over its in-process topics: deliver in order, commit after work, back off and redeliver on failure.</summary>
internal sealed class InProcessConsumer(string groupId, InProcessTopic[] topics, IBusHandler handler, ILogger logger) : IAsyncDisposable
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;
    private int _disposed;

    public void Start()
    {
        var positions = topics.Select(t => t.Join(groupId)).ToArray();
        _loop = Task.Run(() => RunAsync(positions, _stop.Token));
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // stopping
        }

        _stop.Dispose();
    }

    private async Task RunAsync(long[] positions, CancellationToken cancellationToken)
    {
        var waits = new Task[topics.Length + 1];
        waits[^1] = Task.Delay(Timeout.Infinite, cancellationToken);
        var retryDelay = FirstRetryDelay;
        while (!cancellationToken.IsCancellationRequested)
        {
            var progressed = false;
            for (var i = 0; i < topics.Length; i++)
            {
                var record = topics[i].TryRead(positions[i], out waits[i]);
                if (record is null)
                {
                    continue;
                }

                try
                {
                    await handler.HandleAsync(record, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Not committed: the same record comes again after the delay (the handler decides about dead-lettering).
                    InProcessBus.LogHandlerFailed(logger, RedactedException.Of(e), groupId, record.Topic, record.Offset, retryDelay);
                    await Task.Delay(retryDelay, cancellationToken);
                    retryDelay = TimeSpan.FromTicks(Math.Min(retryDelay.Ticks * 2, MaxRetryDelay.Ticks));
                    progressed = true;
                    continue;
                }

                retryDelay = FirstRetryDelay;
                positions[i] = record.Offset + 1;
                topics[i].Commit(groupId, positions[i]);
                progressed = true;
            }

            if (!progressed)
            {
                await Task.WhenAny(waits);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
