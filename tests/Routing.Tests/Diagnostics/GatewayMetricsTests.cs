using System.Diagnostics.Metrics;
using UniPass.Gateway.Routing.Diagnostics;

namespace UniPass.Gateway.Routing.Tests.Diagnostics;

public sealed class GatewayMetricsTests
{
    private sealed class MeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Single => _meters.Single();

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose()
        {
            foreach (var meter in _meters)
            {
                meter.Dispose();
            }
        }
    }

    private static List<(string Instrument, double Value, Dictionary<string, object?> Tags)> Listen(Meter meter, Action<MeterListener> record)
    {
        var seen = new List<(string, double, Dictionary<string, object?>)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => seen.Add((i.Name, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => seen.Add((i.Name, v, ToDictionary(tags))));
        listener.Start();
        record(listener);
        return seen;
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var d = new Dictionary<string, object?>();
        foreach (var t in tags)
        {
            d[t.Key] = t.Value;
        }

        return d;
    }

    [Test]
    public void Constructor_meter_isNamedForExporters()
    {
        using var factory = new MeterFactory();
        _ = new GatewayMetrics(factory);

        Assert.That(factory.Single.Name, Is.EqualTo("UniPass.Gateway"));
    }

    [Test]
    public void Received_oneMessage_countsWithTypePartnerAndChannel()
    {
        using var factory = new MeterFactory();
        var metrics = new GatewayMetrics(factory);

        var seen = Listen(factory.Single, _ => metrics.Received("CUSDEC", "p1", "https"));

        Assert.That(seen, Has.Count.EqualTo(1));
        Assert.That(seen[0].Instrument, Is.EqualTo("unipass.messages.received"));
        Assert.That(seen[0].Value, Is.EqualTo(1));
        Assert.That(seen[0].Tags[GatewayMetrics.MessageTypeTag], Is.EqualTo("CUSDEC"));
        Assert.That(seen[0].Tags[GatewayMetrics.PartnerTag], Is.EqualTo("p1"));
        Assert.That(seen[0].Tags[GatewayMetrics.ChannelTag], Is.EqualTo("https"));
    }

    [Test]
    public void RecordStage_elapsed_recordsSeconds()
    {
        using var factory = new MeterFactory();
        var metrics = new GatewayMetrics(factory);

        var seen = Listen(factory.Single, _ => metrics.RecordStage(GatewayMetrics.StageValidate, TimeSpan.FromMilliseconds(250), "rejected"));

        Assert.That(seen.Single().Instrument, Is.EqualTo("unipass.stage.duration"));
        Assert.That(seen.Single().Value, Is.EqualTo(0.25).Within(1e-9));
        Assert.That(seen.Single().Tags[GatewayMetrics.StageTag], Is.EqualTo("validate"));
        Assert.That(seen.Single().Tags[GatewayMetrics.OutcomeTag], Is.EqualTo("rejected"));
    }

    [Test]
    public void ReportOutboxBacklog_latestReport_isObserved()
    {
        using var factory = new MeterFactory();
        var metrics = new GatewayMetrics(factory);
        metrics.ReportOutboxBacklog(7);
        metrics.ReportOutboxBacklog(3);

        var seen = Listen(factory.Single, l => l.RecordObservableInstruments());

        Assert.That(seen.Single(s => s.Instrument == "unipass.outbox.backlog").Value, Is.EqualTo(3));
    }

    [TestCase("CUSDEC", "CUSDEC")]
    [TestCase("cusdec", "CUSDEC")]
    [TestCase("declaration", "declaration")]
    [TestCase("wco-xml", "wco-xml")]
    [TestCase("WcoXml", "WcoXml")]
    [TestCase("ZZZ-made-up-by-a-sender-0001", "other")]
    [TestCase("", "other")]
    [TestCase(null, "other")]
    public void MessageTypeLabels_typeFromTheSendersContent_isBoundedToKnownTypes(string? type, string expected)
    {
        Assert.That(MessageTypeLabels.For(type), Is.EqualTo(expected));
    }

    [Test]
    public void Received_manyMadeUpTypes_countUnderOneLabel()
    {
        using var factory = new MeterFactory();
        var metrics = new GatewayMetrics(factory);

        var seen = Listen(factory.Single, _ =>
        {
            for (var i = 0; i < 100; i++)
            {
                metrics.Received("T" + i, "p1", "https");
                metrics.Accepted("T" + i, "p1");
                metrics.Rejected("T" + i, "p1");
            }
        });

        Assert.That(seen.Select(s => s.Tags[GatewayMetrics.MessageTypeTag]).Distinct(), Is.EqualTo(new object[] { MessageTypeLabels.Other }));
    }
}
