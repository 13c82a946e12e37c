using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// Takes stored messages from the outbox and runs them through the pipeline. Each round claims a batch (a
/// lease under this instance's name, renewed while the batch is in flight), runs the stages of its messages
/// in parallel, then publishes them group by group: messages that share a routing key are published one
/// after the other in intake order, and one that fails holds back the later messages of its key until it is
/// routed or dead-lettered (also across rounds and instances: the keys of a message given back to the
/// outbox are stored with it). Each outcome is stored as soon as its message is confirmed.
/// </summary>
/// <remarks>
/// Failures are judged at one edge by the <see cref="OutboxErrorPolicy"/> (STYLE rule 11): a message's own
/// failure is retried with backoff, and dead-lettered once it keeps failing for a non-transient reason; a
/// failure of the store (or of the dispatcher itself) pauses the dispatcher with backoff and reports it
/// unready (<see cref="OutboxHealth"/>) until a round succeeds. Nothing stops the host, and nothing is
/// dropped: what was accepted but not confirmed stays in the outbox (at-least-once; consumers de-duplicate
/// by message id).
/// <para>
/// With several instances on one database, per-key order holds between a message and any earlier message of
/// its key that failed or waits (their keys are stored); two messages of one key whose first attempts run on
/// two instances at the same moment are ordered only by their claims, which follow intake order.
/// </para>
/// </remarks>
public sealed partial class OutboxDispatcher(
    IOutboxStore store,
    MessagePipeline pipeline,
    OutboxSignal signal,
    OutboxHealth health,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    GatewayMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private readonly OutboxErrorPolicy _policy = new(options.Value);
    private readonly string _configuredOwner = ConfiguredOwner(options.Value);
    private IAsyncDisposable? _ownerLock;
    private bool _releaseOwnLeases;

    /// <summary>The name this dispatcher claims under (<see cref="OutboxOptions.InstanceId"/>, or a name of its own for this run when that is held by a live process).</summary>
    public string Owner { get; private set; } = ConfiguredOwner(options.Value);

    /// <summary>
    /// Runs rounds until stopped, two at a time: the next batch is claimed and prepared while the previous one is
    /// published and its outcomes stored. Publishing takes turns: a batch is published only after the previous one
    /// is finished (every message confirmed, or given back with its ordering keys stored), so per-key order is
    /// decided exactly as if the rounds ran one after the other.
    /// </summary>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backlog = RefreshBacklogLoopAsync(stoppingToken);
        var pause = _options.FirstRetryDelay;
        Task<int>? publishing = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            Round? next = null;
            try
            {
                if (_ownerLock is null)
                {
                    await RecoverAsync(stoppingToken);
                }

                next = await StartRoundAsync(stoppingToken);
                var wasPublishing = publishing is not null;
                if (publishing is { } previous)
                {
                    publishing = null;
                    await previous;
                }

                pause = _options.FirstRetryDelay;
                if (next is null)
                {
                    health.ReportAvailable();
                    if (!wasPublishing)
                    {
                        await signal.WaitAsync(_options.PollInterval, timeProvider, stoppingToken);
                    }

                    continue;
                }

                publishing = FinishRoundAsync(next, stoppingToken);
                next = null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The edge: a message's own failures are judged inside the round, so what arrives here is the
                // store's (or the dispatcher's own) failure. Let the round in flight end, pause, report unready, and
                // free this instance's leases once the store answers again so that its messages do not wait for
                // the lease to run out.
                if (next is not null)
                {
                    await next.StopRenewingAsync();
                }

                if (publishing is { } previous)
                {
                    publishing = null;
                    await EndQuietlyAsync(previous);
                }

                ReportStoreFailure(e);
                _releaseOwnLeases = true;
                try
                {
                    await Task.Delay(pause, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }

                pause = pause * 2 > _options.MaxStorePause ? _options.MaxStorePause : pause * 2;
            }
        }

        if (publishing is not null)
        {
            await EndQuietlyAsync(publishing);
        }

        await backlog;
    }

    /// <summary>Waits for a round that is given up on: its failure is reported, what it did not finish stays in the outbox.</summary>
    private async Task EndQuietlyAsync(Task round)
    {
        try
        {
            await round;
        }
        catch (OperationCanceledException)
        {
            // Stopping: the leases are given back by StopAsync.
        }
        catch (Exception e)
        {
            ReportStoreFailure(e);
        }
    }

    /// <summary>
    /// Stops the rounds, then gives back what this instance still holds (a batch cut short by the stop), so
    /// that another instance routes it now rather than when the lease runs out, and frees the name.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_ownerLock is not { } ownerLock)
        {
            return;
        }

        _ownerLock = null;
        try
        {
            var released = await store.ReleaseAsync(Owner, cancellationToken);
            if (released > 0)
            {
                LogReleasedOnStop(logger, released);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The leases run out by themselves, or are released when this instance starts again.
            LogReleaseOnStopFailed(logger, e);
        }
        finally
        {
            await ownerLock.DisposeAsync();
        }
    }

    /// <summary>
    /// Takes this instance's name and frees the leases an earlier run under that name still holds (it died
    /// with a batch in flight), so those messages are routed now rather than when the lease runs out. When a
    /// live process holds the name, its leases are left alone and this run claims under a name of its own.
    /// Returns the number of leases freed.
    /// </summary>
    public async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        var ownerLock = await store.TryLockOwnerAsync(_configuredOwner, cancellationToken);
        if (ownerLock is null)
        {
            Owner = OutboxInstanceId.ForThisRun(_configuredOwner, Guid.NewGuid());
            ownerLock = await store.TryLockOwnerAsync(Owner, cancellationToken)
                ?? throw new InvalidOperationException($"The outbox owner name {Owner} is locked.");
            _ownerLock = ownerLock;
            LogOwnerInUse(logger, _configuredOwner, Owner);
            return 0;
        }

        _ownerLock = ownerLock;
        Owner = _configuredOwner;
        var released = await store.ReleaseAsync(Owner, cancellationToken);
        if (released > 0)
        {
            LogReleased(logger, released, Owner);
        }

        return released;
    }

    /// <summary>Recounts the backlog for the <c>unipass.outbox.backlog</c> gauge.</summary>
    public async Task RefreshBacklogAsync(CancellationToken cancellationToken) =>
        metrics.ReportOutboxBacklog(await store.CountBacklogAsync(cancellationToken));

    private async Task RefreshBacklogLoopAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RefreshBacklogAsync(stoppingToken);
                await Task.Delay(_options.BacklogInterval, timeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // The gauge keeps its last value; the dispatcher's own round reports the store's state.
                LogBacklogFailed(logger, e);
                try
                {
                    await Task.Delay(_options.BacklogInterval, timeProvider, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private static string ConfiguredOwner(OutboxOptions options) =>
        options.InstanceId is { Length: > 0 } id ? id : OutboxInstanceId.Default(Environment.CurrentDirectory);

    private void ReportStoreFailure(Exception e)
    {
        var transient = OutboxErrorPolicy.IsTransient(e);
        health.ReportUnavailable(e, transient, timeProvider.GetUtcNow());
        metrics.OutboxEvent(GatewayMetrics.OutboxStorePaused);
        if (transient)
        {
            LogStoreUnavailable(logger, e);
        }
        else
        {
            LogStoreFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Message {MessageId}: attempt {Attempts} failed; retrying in {Delay}.")]
    private static partial void LogRetry(ILogger logger, Exception exception, Guid messageId, int attempts, TimeSpan delay);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "The message store does not answer; the outbox dispatcher pauses.")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Error, Message = "The outbox dispatcher's round failed; it pauses and tries again.")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Debug, Message = "Message {MessageId}: the lease was lost (the message was completed or claimed again elsewhere); this outcome is not stored.")]
    private static partial void LogLeaseLost(ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 2105, Level = LogLevel.Information, Message = "Released {Released} outbox lease(s) held by an earlier run of {Owner}.")]
    private static partial void LogReleased(ILogger logger, int released, string owner);

    [LoggerMessage(EventId = 2106, Level = LogLevel.Warning, Message = "The outbox owner name {Configured} is held by another live process; this run claims as {Owner}. Give each instance its own Outbox:InstanceId.")]
    private static partial void LogOwnerInUse(ILogger logger, string configured, string owner);

    [LoggerMessage(EventId = 2107, Level = LogLevel.Debug, Message = "Message {MessageId} waits for an earlier message with the same routing key.")]
    private static partial void LogHeld(ILogger logger, Guid messageId);

    [LoggerMessage(EventId = 2108, Level = LogLevel.Debug, Message = "Counting the outbox backlog failed.")]
    private static partial void LogBacklogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2109, Level = LogLevel.Warning, Message = "Renewing the outbox leases of a batch in flight failed.")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2110, Level = LogLevel.Warning, Message = "Storing outcomes failed; trying again in {Delay}.")]
    private static partial void LogCompletionRetry(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Information, Message = "Gave back {Released} outbox lease(s) on stopping.")]
    private static partial void LogReleasedOnStop(ILogger logger, int released);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Warning, Message = "Giving back the outbox leases on stopping failed; they are freed when their lease runs out or this instance starts again.")]
    private static partial void LogReleaseOnStopFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Error, Message = "Message {MessageId}: its outcome can not be stored; the message is processed again later.")]
    private static partial void LogCompletionRejected(ILogger logger, Exception exception, Guid messageId);
}
