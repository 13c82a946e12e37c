using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox.Internal;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Routing.Outbox;

public sealed partial class OutboxDispatcher
{
    /// <summary>
    /// One round: claims a batch, prepares its messages in parallel, publishes them in per-key order and stores
    /// each outcome as soon as it is known; returns the number of entries claimed. Failures of single messages
    /// are handled here; a failure of the store is thrown (the caller pauses).
    /// </summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var round = await StartRoundAsync(cancellationToken);
        if (round is null)
        {
            health.ReportAvailable();
            return 0;
        }

        return await FinishRoundAsync(round, cancellationToken);
    }

    /// <summary>
    /// The first half of a round: claims a batch and prepares its messages (nothing leaves the process yet); null
    /// when nothing is due. From here until <see cref="FinishRoundAsync"/> ends, the batch's leases are renewed.
    /// </summary>
    private async Task<Round?> StartRoundAsync(CancellationToken cancellationToken)
    {
        if (_releaseOwnLeases)
        {
            // The previous round failed half-way: give its entries back before claiming anew.
            await store.ReleaseAsync(Owner, cancellationToken);
            _releaseOwnLeases = false;
        }

        var batch = await store.ClaimAsync(_options.BatchSize, _options.Lease, Owner, cancellationToken);
        if (batch.Count == 0)
        {
            return null;
        }

        var renewal = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var round = new Round(batch.Count, renewal, RenewWhileInFlightAsync(batch[0].ClaimToken, renewal.Token));
        try
        {
            round.Items = await PrepareAsync(batch, cancellationToken);
            return round;
        }
        catch
        {
            await round.StopRenewingAsync();
            throw;
        }
    }

    /// <summary>
    /// The second half of a round: publishes the prepared messages in per-key order (against the keys that earlier
    /// messages still in the outbox hold) and stores each outcome as soon as it is known; returns the number of
    /// entries the round claimed.
    /// </summary>
    private async Task<int> FinishRoundAsync(Round round, CancellationToken cancellationToken)
    {
        try
        {
            var items = round.Items;
            var holders = await store.FindKeyHoldersAsync([.. items.SelectMany(i => i.Keys).Distinct(StringComparer.Ordinal)], cancellationToken);
            var groups = GroupByKey(items, holders);
            var writer = new CompletionWriter(WriteCompletionsAsync, cancellationToken);
            try
            {
                await Task.WhenAll(groups.Select(g => PublishGroupAsync(g, writer, cancellationToken)));
            }
            finally
            {
                await writer.DrainAsync();
            }
        }
        finally
        {
            await round.StopRenewingAsync();
        }

        health.ReportAvailable();
        return round.Count;
    }

    /// <summary>Runs the stages of every message (CPU work, nothing leaves the process), in parallel.</summary>
    private async Task<Item[]> PrepareAsync(IReadOnlyList<OutboxEntry> batch, CancellationToken cancellationToken)
    {
        var items = new Item[batch.Count];
        await Parallel.ForAsync(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, async (i, token) =>
        {
            var entry = batch[i];
            try
            {
                var prepared = await pipeline.PrepareAsync(entry, token);
                items[i] = new Item(entry, prepared, null, [.. prepared.OrderingKeys]);
            }
            catch (Exception e) when (!token.IsCancellationRequested)
            {
                items[i] = new Item(entry, null, e, []);
            }
        });
        return items;
    }

    /// <summary>
    /// Groups the batch by ordering key: its own keys, and those an earlier attempt stored for it. A message
    /// whose key is held by an earlier message outside the batch (one that failed or waits) starts blocked.
    /// </summary>
    private List<Group> GroupByKey(Item[] items, IReadOnlyList<OutboxKeyHolder> holders)
    {
        var inBatch = items.Select((item, index) => (item.Entry.MessageId, index)).ToDictionary(x => x.MessageId, x => x.index);
        foreach (var holder in holders)
        {
            if (inBatch.TryGetValue(holder.MessageId, out var index))
            {
                items[index].Keys.Add(holder.Key);
            }
        }

        var partition = OrderingGroups.Partition([.. items.Select(i => (IReadOnlyCollection<string>)i.Keys)], (a, b) => Earlier(items[a].Entry, items[b].Entry));
        var outside = holders.Where(h => !inBatch.ContainsKey(h.MessageId)).ToList();
        return [.. partition.Select(members => new Group([.. members.Select(m => items[m])], outside))];
    }

    /// <summary>Publishes one group's messages one after the other; the first that does not go out holds back the rest.</summary>
    private async Task PublishGroupAsync(Group group, CompletionWriter writer, CancellationToken cancellationToken)
    {
        DateTimeOffset? heldUntil = null;
        foreach (var item in group.Items)
        {
            heldUntil ??= group.HeldByEarlier(item, timeProvider.GetUtcNow() + _options.FirstRetryDelay);
            if (heldUntil is { } until)
            {
                await HoldAsync(item, until, cancellationToken);
                continue;
            }

            var retryAt = await PublishAsync(item, writer, cancellationToken);
            if (retryAt is { } due)
            {
                // Later messages of the key are due with it, so that one claim takes them together, in order. (A claim
                // that takes a later one without it only holds that one again: order never depends on the claim.)
                heldUntil = due;
            }
        }
    }

    /// <summary>Publishes one message and hands its outcome to the writer; returns when the message is due again if it was given back.</summary>
    private async Task<DateTimeOffset?> PublishAsync(Item item, CompletionWriter writer, CancellationToken cancellationToken)
    {
        var failure = item.Failure;
        if (failure is null)
        {
            try
            {
                writer.Add(await pipeline.PublishAsync(item.Prepared!, cancellationToken));
                return null;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = e;
            }
        }

        return await HandleFailureAsync(item, failure, writer, cancellationToken);
    }

    private async Task<DateTimeOffset?> HandleFailureAsync(Item item, Exception failure, CompletionWriter writer, CancellationToken cancellationToken)
    {
        var entry = item.Entry;
        var decision = _policy.Decide(failure, entry.Attempts);
        if (decision.DeadLetter)
        {
            try
            {
                writer.Add(await pipeline.DeadLetterAsync(entry, failure, cancellationToken));
                metrics.OutboxEvent(GatewayMetrics.OutboxDeadLettered);
                return null;
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
        var due = now + decision.RetryAfter;
        LogRetry(logger, RedactedException.Of(failure), entry.MessageId, entry.Attempts, decision.RetryAfter);
        metrics.OutboxEvent(GatewayMetrics.OutboxRetried);
        var reason = new TimelineEntry(now, TimelineSteps.RetryScheduled, $"attempt {entry.Attempts} failed: {failure.GetType().Name}");
        await GiveBackAsync(new OutboxRetry(entry.Lease, due, reason, item.Keys), cancellationToken);
        return due;
    }

    /// <summary>Gives a message back unattempted: it waits for an earlier message of its key.</summary>
    private async Task HoldAsync(Item item, DateTimeOffset until, CancellationToken cancellationToken)
    {
        LogHeld(logger, item.Entry.MessageId);
        metrics.OutboxEvent(GatewayMetrics.OutboxHeld);
        var reason = new TimelineEntry(timeProvider.GetUtcNow(), TimelineSteps.Held, "waiting for an earlier message with the same routing key");
        await GiveBackAsync(new OutboxRetry(item.Entry.Lease, until, reason, item.Keys, CountsAsAttempt: false), cancellationToken);
    }

    private async Task GiveBackAsync(OutboxRetry retry, CancellationToken cancellationToken)
    {
        foreach (var lost in await store.RetryAsync([retry], cancellationToken))
        {
            LeaseLost(lost);
        }
    }

    /// <summary>
    /// Stores outcomes. The store not answering is waited out (the batch's leases are renewed meanwhile); a
    /// failure that is not transient is narrowed down to the messages it concerns, and each of those is given
    /// back to be processed again (and dead-lettered if it keeps failing).
    /// </summary>
    private async Task WriteCompletionsAsync(IReadOnlyList<OutboxCompletion> completions, CancellationToken cancellationToken)
    {
        var pause = _options.FirstRetryDelay;
        while (true)
        {
            try
            {
                foreach (var lost in await store.CompleteAsync(completions, cancellationToken))
                {
                    LeaseLost(lost);
                }

                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && OutboxErrorPolicy.IsTransient(e))
            {
                health.ReportUnavailable(e, transient: true, timeProvider.GetUtcNow());
                LogCompletionRetry(logger, e, pause);
                await Task.Delay(pause, timeProvider, cancellationToken);
                pause = pause * 2 > _options.MaxStorePause ? _options.MaxStorePause : pause * 2;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested && completions.Count > 1)
            {
                // Narrow down: store the outcomes one by one, so only the one the store refuses goes back.
                foreach (var completion in completions)
                {
                    await WriteCompletionsAsync([completion], cancellationToken);
                }

                return;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // This one outcome can not be stored (the store's verdict, not a broken connection): the message
                // goes back to the outbox like a failed attempt. If the store can not take that either, the
                // failure is the store's and reaches the dispatcher's edge.
                var completion = completions[0];
                LogCompletionRejected(logger, e, completion.MessageId);
                var now = timeProvider.GetUtcNow();
                var reason = new TimelineEntry(now, TimelineSteps.RetryScheduled, $"storing the outcome failed: {e.GetType().Name}");
                await GiveBackAsync(new OutboxRetry(completion.Lease, now + _options.MaxRetryDelay, reason, []), cancellationToken);
                return;
            }
        }
    }

    private async Task RenewWhileInFlightAsync(Guid claimToken, CancellationToken cancellationToken)
    {
        var every = _options.Lease / 3;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, timeProvider, cancellationToken);
                await store.RenewAsync(claimToken, _options.Lease, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                // Completions are conditional on the claim, so a lease that ran out meanwhile costs a duplicate at most.
                LogRenewFailed(logger, e);
            }
        }
    }

    private void LeaseLost(Guid messageId)
    {
        LogLeaseLost(logger, messageId);
        metrics.OutboxEvent(GatewayMetrics.OutboxLeaseLost);
    }

    private static int Earlier(OutboxEntry a, OutboxEntry b)
    {
        var byTime = a.ReceivedAt.CompareTo(b.ReceivedAt);
        return byTime != 0 ? byTime : a.MessageId.CompareTo(b.MessageId);
    }

    /// <summary>A claimed batch between its two halves: its prepared messages and the renewal of its leases.</summary>
    private sealed class Round(int count, CancellationTokenSource renewal, Task renewing)
    {
        public int Count { get; } = count;

        public Item[] Items { get; set; } = [];

        public async Task StopRenewingAsync()
        {
            await renewal.CancelAsync();
            await renewing;
            renewal.Dispose();
        }
    }

    /// <summary>A claimed message: prepared, or failed while preparing; with its ordering keys.</summary>
    private sealed record Item(OutboxEntry Entry, PreparedMessage? Prepared, Exception? Failure, HashSet<string> Keys);

    /// <summary>Messages sharing ordering keys, in intake order, and the earlier messages outside the batch that hold keys.</summary>
    private sealed class Group(List<Item> items, List<OutboxKeyHolder> outside)
    {
        public List<Item> Items { get; } = items;

        /// <summary>When an earlier message outside the batch holds one of the item's keys: until when to hold the item.</summary>
        public DateTimeOffset? HeldByEarlier(Item item, DateTimeOffset soonest)
        {
            DateTimeOffset? until = null;
            foreach (var holder in outside)
            {
                if (item.Keys.Contains(holder.Key)
                    && (holder.ReceivedAt < item.Entry.ReceivedAt || (holder.ReceivedAt == item.Entry.ReceivedAt && holder.MessageId.CompareTo(item.Entry.MessageId) < 0)))
                {
                    var due = holder.DueAt > soonest ? holder.DueAt : soonest;
                    until = until is { } u && u > due ? u : due;
                }
            }

            return until;
        }
    }
}
