using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// Takes stored messages from the outbox and runs them through the pipeline: claims a batch (a lease, so
/// several instances share one database), processes its messages concurrently, and records the outcomes
/// in one transaction. A failure is judged by the <see cref="OutboxErrorPolicy"/>: retry later with
/// backoff, or dead-letter. Messages accepted before a crash are still in the outbox and are routed
/// after restart (at-least-once: consumers de-duplicate by message id).
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore store,
    MessagePipeline pipeline,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    GatewayMetrics metrics,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private readonly OutboxErrorPolicy _policy = new(options.Value);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var storeDelay = _options.FirstRetryDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var processed = await RunOnceAsync(stoppingToken);
                storeDelay = _options.FirstRetryDelay;
                if (processed == 0)
                {
                    metrics.ReportOutboxBacklog(await store.CountBacklogAsync(stoppingToken));
                    await signal.WaitAsync(_options.PollInterval, timeProvider, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (OutboxErrorPolicy.IsTransient(e))
            {
                // The store itself is unreachable: pause, then try again (nothing was lost; the leases expire).
                LogStoreUnavailable(logger, e, storeDelay);
                await Task.Delay(storeDelay, timeProvider, stoppingToken);
                storeDelay = storeDelay * 2 > _options.MaxRetryDelay ? _options.MaxRetryDelay : storeDelay * 2;
            }
        }
    }

    /// <summary>Claims one batch, processes it and stores the outcomes; returns the number of entries claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var batch = await store.ClaimAsync(_options.BatchSize, _options.Lease, cancellationToken);
        if (batch.Count == 0)
        {
            return 0;
        }

        var outcomes = await Task.WhenAll(batch.Select(entry => ProcessAsync(entry, cancellationToken)));
        await store.CompleteAsync([.. outcomes.OfType<OutboxCompletion>()], cancellationToken);
        return batch.Count;
    }

    private async Task<OutboxCompletion?> ProcessAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        // Yield so that the batch's messages run concurrently (their stages are synchronous CPU work).
        await Task.Yield();
        try
        {
            return await pipeline.ProcessAsync(entry, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return await HandleFailureAsync(entry, e, cancellationToken);
        }
    }

    private async Task<OutboxCompletion?> HandleFailureAsync(OutboxEntry entry, Exception failure, CancellationToken cancellationToken)
    {
        var decision = _policy.Decide(failure, entry.Attempts);
        if (decision.DeadLetter)
        {
            try
            {
                return await pipeline.DeadLetterAsync(entry, failure, cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // The dead-letter topic is unreachable: keep the message and try again later.
                failure = e;
                decision = _policy.Decide(e, entry.Attempts);
                if (decision.DeadLetter)
                {
                    decision = OutboxDecision.Retry(_options.MaxRetryDelay);
                }
            }
        }

        var now = timeProvider.GetUtcNow();
        LogRetry(logger, failure, entry.MessageId, entry.Attempts, decision.RetryAfter);
        await store.RetryAsync(entry.MessageId, now + decision.RetryAfter, new TimelineEntry(now, TimelineSteps.RetryScheduled, $"attempt {entry.Attempts} failed: {failure.GetType().Name}"), cancellationToken);
        return null;
    }

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Message {MessageId}: attempt {Attempts} failed; retrying in {Delay}.")]
    private static partial void LogRetry(ILogger logger, Exception exception, Guid messageId, int attempts, TimeSpan delay);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Warning, Message = "The message store is unavailable; the dispatcher pauses for {Delay}.")]
    private static partial void LogStoreUnavailable(ILogger logger, Exception exception, TimeSpan delay);
}
