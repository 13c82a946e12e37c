using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace UniPass.Gateway.Routing.Diagnostics;

/// <summary>
/// Every metric the gateway publishes, in one place: one <see cref="Meter"/> named <see cref="MeterName"/>
/// (exported at <c>/metrics</c> in Prometheus form) and its instruments. Register it once as a singleton;
/// components take it by injection and record through the methods below, never through their own meters.
/// <list type="bullet">
/// <item>Transports call <see cref="Received"/> once a message is stored and its receipt is sent.</item>
/// <item>The pipeline calls <see cref="Accepted"/> or <see cref="Rejected"/> once per message when its outcome
/// is stored (message type as detected: <c>CUSDEC</c>, <c>CUSCAR</c>, <c>PAXLST</c>, <c>DEC</c> ...), and
/// <see cref="RecordStage"/> for every stage it runs (use the <c>Stage*</c> names, so dashboards line up).</item>
/// <item>The outbox dispatcher recounts the entries not yet routed every few seconds
/// (<see cref="ReportOutboxBacklog"/>; the gauge shows the latest count) and counts its events
/// (<see cref="OutboxEvent"/>).</item>
/// </list>
/// Tag values are ids and type names only; never message content. The message type, which comes from the
/// sender's content, is bounded to the known types (<see cref="MessageTypeLabels"/>, others count as <c>other</c>).
/// </summary>
public sealed class GatewayMetrics
{
    /// <summary>The meter's name, to subscribe exporters (<c>AddMeter(GatewayMetrics.MeterName)</c>).</summary>
    public const string MeterName = "UniPass.Gateway";

    public const string MessageTypeTag = "message_type";
    public const string PartnerTag = "partner";
    public const string ChannelTag = "channel";
    public const string StageTag = "stage";
    public const string OutcomeTag = "outcome";

    /// <summary>From the first byte read to the durable receipt (the HTTP 202).</summary>
    public const string StageReceive = "receive";
    public const string StageDetect = "detect";
    public const string StageValidate = "validate";
    public const string StageHarmonize = "harmonize";
    public const string StageSplit = "split";
    public const string StagePublish = "publish";

    /// <summary>From the receipt to "routed" (broker confirmed), the end-to-end latency.</summary>
    public const string StageEndToEnd = "end_to_end";

    /// <summary>The <see cref="EventTag"/> values of <c>unipass.outbox.events</c>.</summary>
    public const string OutboxRetried = "retried";
    public const string OutboxHeld = "held";
    public const string OutboxDeadLettered = "dead_lettered";
    public const string OutboxLeaseLost = "lease_lost";
    public const string OutboxStorePaused = "store_paused";

    public const string EventTag = "event";

    private readonly Counter<long> _received;
    private readonly Counter<long> _outboxEvents;
    private readonly Counter<long> _accepted;
    private readonly Counter<long> _rejected;
    private readonly Histogram<double> _stageDuration;
    private long _outboxBacklog;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _received = meter.CreateCounter<long>("unipass.messages.received", "{message}", "Messages stored and acknowledged as received.");
        _accepted = meter.CreateCounter<long>("unipass.messages.accepted", "{message}", "Messages that passed validation and were routed.");
        _rejected = meter.CreateCounter<long>("unipass.messages.rejected", "{message}", "Messages rejected with a negative acknowledgement.");
        _stageDuration = meter.CreateHistogram<double>(
            "unipass.stage.duration",
            "s",
            "Time spent per processing stage.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _outboxEvents = meter.CreateCounter<long>("unipass.outbox.events", "{event}", "Outbox dispatcher events: retries, holds for per-key order, dead letters, lost leases, pauses for the store.");
        meter.CreateObservableGauge(
            "unipass.outbox.backlog",
            () => Volatile.Read(ref _outboxBacklog),
            "{message}",
            "Outbox entries accepted but not yet routed.");
    }

    /// <summary>A message was stored and its receipt sent. <paramref name="messageType"/> may be the format when the type is not known yet.</summary>
    public void Received(string messageType, string partnerId, string channel) =>
        _received.Add(1, new TagList { { MessageTypeTag, MessageTypeLabels.For(messageType) }, { PartnerTag, partnerId }, { ChannelTag, channel } });

    /// <summary>A message passed validation and was routed.</summary>
    public void Accepted(string messageType, string partnerId) =>
        _accepted.Add(1, new TagList { { MessageTypeTag, MessageTypeLabels.For(messageType) }, { PartnerTag, partnerId } });

    /// <summary>A message was rejected; its negative acknowledgement is stored.</summary>
    public void Rejected(string messageType, string partnerId) =>
        _rejected.Add(1, new TagList { { MessageTypeTag, MessageTypeLabels.For(messageType) }, { PartnerTag, partnerId } });

    /// <summary>Records how long <paramref name="stage"/> took; <paramref name="outcome"/> is e.g. <c>ok</c>, <c>rejected</c>, <c>error</c>.</summary>
    public void RecordStage(string stage, TimeSpan elapsed, string outcome = "ok") =>
        _stageDuration.Record(elapsed.TotalSeconds, new TagList { { StageTag, stage }, { OutcomeTag, outcome } });

    /// <summary>An outbox dispatcher event (one of the <c>Outbox*</c> names).</summary>
    public void OutboxEvent(string outboxEvent) => _outboxEvents.Add(1, new TagList { { EventTag, outboxEvent } });

    /// <summary>The number of outbox entries not yet routed, as last counted by the dispatcher.</summary>
    public void ReportOutboxBacklog(long entries) => Volatile.Write(ref _outboxBacklog, entries);
}
