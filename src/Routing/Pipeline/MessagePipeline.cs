using System.Diagnostics;
using Microsoft.Extensions.Logging;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Pipeline.Internal;

namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>
/// Runs the stages over one stored message and publishes the result: the routed records (the message
/// is "routed" only once the bus confirmed every one) and, when one is due, the positive acknowledgement,
/// or the negative acknowledgement; acknowledgements go to <see cref="Topics.Acks"/>. Returns the outcome to store; exceptions are left to the outbox's error policy.
/// </summary>
public sealed partial class MessagePipeline(
    IEnumerable<IMessageStage> stages,
    IAckWriter ackWriter,
    IMessageBus bus,
    IMessageIdGenerator ids,
    TimeProvider timeProvider,
    GatewayMetrics metrics,
    ILogger<MessagePipeline> logger)
{
    private readonly IMessageStage[] _stages = [.. stages];

    /// <summary>Runs the stages and publishes the outcome (<see cref="PrepareAsync"/> then <see cref="PublishAsync"/>).</summary>
    public async Task<OutboxCompletion> ProcessAsync(OutboxEntry entry, CancellationToken cancellationToken) =>
        await PublishAsync(await PrepareAsync(entry, cancellationToken), cancellationToken);

    /// <summary>
    /// Runs the stages: decides the records to publish, or the rejection. Nothing leaves the process yet, so
    /// the outbox dispatcher can prepare a batch in parallel and then publish in per-key order
    /// (<see cref="PreparedMessage.OrderingKeys"/>).
    /// </summary>
    public async Task<PreparedMessage> PrepareAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var context = new PipelineContext(entry, timeProvider);
        foreach (var stage in _stages)
        {
            var started = timeProvider.GetTimestamp();
            await stage.RunAsync(context, cancellationToken);
            metrics.RecordStage(stage.Name, timeProvider.GetElapsedTime(started), context.IsRejected ? "rejected" : "ok");
            if (context.IsRejected)
            {
                break;
            }
        }

        return new PreparedMessage(context);
    }

    /// <summary>
    /// Publishes a prepared message: its records (it is "routed" only once the bus confirmed every one), or
    /// its negative acknowledgement on <see cref="Topics.Acks"/>. Returns the outcome to store.
    /// </summary>
    public async Task<OutboxCompletion> PublishAsync(PreparedMessage prepared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var context = prepared.Context;
        if (context.IsRejected)
        {
            return await RejectAsync(context, cancellationToken);
        }

        var entry = context.Entry;
        var publishing = timeProvider.GetTimestamp();

        // A message's records are handed to the bus in the order decided, all at once: the bus keeps call order
        // per topic and key (IMessageBus), and the message is routed once every record is confirmed.
        await Task.WhenAll(context.Publications.Select(p => bus.PublishAsync(p, cancellationToken)).ToArray());

        metrics.RecordStage(GatewayMetrics.StagePublish, timeProvider.GetElapsedTime(publishing));
        context.Record(TimelineSteps.Published, string.Join(',', context.Publications.Select(p => p.Topic).Distinct()));

        // A positive acknowledgement says the interchange was accepted: it follows the records' confirmation.
        var ack = ackWriter.WriteAcceptance(context, ids.NewId());
        if (ack is not null)
        {
            await PublishAckAsync(context, ack, cancellationToken);
            context.Record(TimelineSteps.Acknowledged, ack.Kind);
        }

        context.Record(TimelineSteps.Routed);
        metrics.RecordStage(GatewayMetrics.StageEndToEnd, timeProvider.GetUtcNow() - entry.ReceivedAt);
        metrics.Accepted(context.MessageType ?? context.Detection.Format.ToString(), entry.PartnerId);
        LogRouted(logger, entry.MessageId, context.Publications.Count);
        return new OutboxCompletion(entry.Lease, MessageStatus.Routed, context.MessageType, context.Timeline, ack is null ? [] : [ack]);
    }

    /// <summary>
    /// Gives up on a message that failed on every attempt: the raw message goes to <see cref="Topics.DeadLetter"/>
    /// with the reason, and the sender gets a negative acknowledgement.
    /// </summary>
    public async Task<OutboxCompletion> DeadLetterAsync(OutboxEntry entry, Exception failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(failure);
        var context = new PipelineContext(entry, timeProvider);
        await new Stages.DetectStage().RunAsync(context, cancellationToken);
        var headers = PublicationHeaders.For(context, context.MessageType ?? context.Detection.Format.ToString(), entry.ContentType);

        // The exception type only: messages of parser exceptions may quote the payload.
        headers[BusHeaders.DeadLetterReason] = failure.GetType().FullName ?? failure.GetType().Name;
        await bus.PublishAsync(new BusMessage(Topics.DeadLetter, entry.MessageId.ToString(), entry.Body, headers), cancellationToken);
        context.Record(TimelineSteps.DeadLettered, $"after {entry.Attempts} attempts: {failure.GetType().Name}");
        context.Reject(new PipelineFinding(PipelineDiagnosticIds.DeadLettered, string.Empty, "the message could not be processed; it has been set aside for investigation"));
        LogDeadLettered(logger, RedactedException.Of(failure), entry.MessageId, entry.Attempts);
        return await RejectAsync(context, cancellationToken);
    }

    private async Task<OutboxCompletion> RejectAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        var ack = ackWriter.WriteRejection(context, ids.NewId());
        await PublishAckAsync(context, ack, cancellationToken);
        context.Record(TimelineSteps.Rejected, string.Join("; ", context.Findings.Select(f => f.Id + (f.Location.Length > 0 ? " at " + f.Location : string.Empty))));
        metrics.Rejected(context.MessageType ?? context.Detection.Format.ToString(), context.Entry.PartnerId);
        LogRejected(logger, context.Entry.MessageId, context.Findings.Count, context.Findings[0].Id);
        return new OutboxCompletion(context.Entry.Lease, MessageStatus.Rejected, context.MessageType, context.Timeline, [ack]);
    }

    /// <summary>An acknowledgement on <see cref="Topics.Acks"/>, keyed by the message it answers, with the message's headers.</summary>
    private Task PublishAckAsync(PipelineContext context, StoredAck ack, CancellationToken cancellationToken) =>
        bus.PublishAsync(
            new BusMessage(Topics.Acks, context.Entry.MessageId.ToString(), ack.Content, PublicationHeaders.For(context, ack.Kind, ack.ContentType)),
            cancellationToken);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Message {MessageId} routed ({Records} record(s)).")]
    private static partial void LogRouted(ILogger logger, Guid messageId, int records);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Message {MessageId} rejected: {Findings} finding(s), first {FirstId}.")]
    private static partial void LogRejected(ILogger logger, Guid messageId, int findings, string firstId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Message {MessageId} dead-lettered after {Attempts} attempts.")]
    private static partial void LogDeadLettered(ILogger logger, Exception exception, Guid messageId, int attempts);
}
