using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Confluent.Kafka;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Pipeline;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Security;

/// <summary>
/// Passenger data and API keys never reach a log, at any level: on intake and reads, and through the pipeline when a
/// real passenger list is rejected by validation, retried after bus failures and dead-lettered. The sender's own
/// acknowledgement may carry what it sent; the logs carry ids, counts and diagnostic ids only.
/// </summary>
public sealed class LogPrivacyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>The UNB senders of the real PAXLST samples (<c>../shared/samples/edifact/lenient/gtas__*</c>), given to partner A.</summary>
    private static readonly string[] SampleSenders = ["APIS*C3K:ZZ", "SDT:ZZ", "LUFTHANSA:ZZ"];

    private static readonly string[] TravellerQualifiers = ["FL", "FM", "DDU", "DDT"];

    private static IEnumerable<TestCaseData> PassengerSamples() =>
        SharedData.Cases("samples/edifact/lenient", "gtas__*")
            .Where(c => RawSegments.Read(File.ReadAllBytes((string)c.Arguments[0]!)).Any(s => s.Tag == "UNH" && s.At(2) == "PAXLST"));

    [Test]
    public void PassengerSamples_arePresent() => Assert.That(PassengerSamples().Count(), Is.GreaterThanOrEqualTo(3));

    [Test]
    public async Task SubmitAndRead_passengerList_noPassengerDataOrKeyInAnyLogLine()
    {
        using var factory = new GatewayFactory();
        using var client = factory.ClientFor(GatewayFactory.KeyA);

        var response = await client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Paxlst()));
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();
        await client.GetAsync(receipt!.Location);
        await client.GetAsync(receipt.Acks);
        using var bad = factory.ClientFor(GatewayFactory.KeyA + "-wrong");
        await bad.GetAsync(MessagesApi.BasePath);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(factory.Logs.Lines, Has.Some.Contains(receipt.Id.ToString()), "the submission was logged (by id)");
        foreach (var secret in new[] { Fixtures.PassengerSurname, Fixtures.PassengerGivenName, Fixtures.PassengerDocument, GatewayFactory.KeyA })
        {
            Assert.That(factory.Logs.Lines, Has.None.Contains(secret), secret);
        }
    }

    /// <summary>
    /// Strict validation (the default agreement) rejects the real samples (their UNT counts are wrong, among others):
    /// the findings quote values, and they reach the CONTRL and the timeline, never a log line.
    /// </summary>
    [TestCaseSource(nameof(PassengerSamples))]
    public async Task Pipeline_realPassengerListRejected_noPassengerDataInAnyLogLine(string path)
    {
        var body = await File.ReadAllBytesAsync(path);
        using var factory = new GatewayFactory(PartnerMaySendSamples(), runPipeline: true);
        using var client = factory.ClientFor(GatewayFactory.KeyA);

        var receipt = await client.SubmitAsync(body);
        var outcome = await client.WaitForOutcomeAsync(receipt.Id, Patience);
        var acks = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(receipt.Acks);

        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("rejected"), outcome.ToString());
        Assert.That(acks.GetProperty("items").GetArrayLength(), Is.GreaterThan(0), "the rejection is answered");
        Assert.That(factory.Logs.Lines, Has.Some.Contains(receipt.Id.ToString()).And.Contains("[2002]"), "the rejection was logged (by id)");
        AssertNoPassengerData(factory.Logs.Lines, body);
    }

    /// <summary>
    /// A passenger list that passes validation (the real samples do not, even read leniently, so our PAXLST D.02B
    /// fixture) reaches the bus, which refuses its records (a fault of the record, as Kafka's "message too large"):
    /// each attempt is retried and logged, then the message is dead-lettered and rejected. The failure is logged
    /// with its exception, never with the record.
    /// </summary>
    [Test]
    public async Task Pipeline_passengerListRetriedAndDeadLettered_noPassengerDataInAnyLogLine()
    {
        var body = Fixtures.Paxlst();
        var settings = GivingUpFast();
        using var factory = new GatewayFactory(settings, runPipeline: true, services: RefusingCustomsTopics);
        using var client = factory.ClientFor(GatewayFactory.KeyA);

        var receipt = await client.SubmitAsync(body);
        var outcome = await client.WaitForOutcomeAsync(receipt.Id, Patience);

        var steps = outcome.Steps().ToList();
        Assert.That(outcome.GetProperty("status").GetString(), Is.EqualTo("rejected"), outcome.ToString());
        Assert.That(steps, Does.Contain(TimelineSteps.DeadLettered), outcome.ToString());
        var ofMessage = factory.Logs.Lines.Where(l => l.Contains(receipt.Id.ToString(), StringComparison.Ordinal)).ToList();
        Assert.That(ofMessage, Has.Some.Contains("[2101]"), "the failed attempt was logged");
        Assert.That(ofMessage, Has.Some.Contains("[2003]"), "the dead-lettering was logged");
        AssertNoPassengerData(factory.Logs.Lines, body);
    }

    /// <summary>
    /// A fault while processing a passenger list whose exception quotes the content, as parser exceptions do (here
    /// .NET's own <see cref="FormatException"/>: "String '…' was not recognized as a valid DateOnly."): the retries
    /// and the dead-lettering are logged with the exception's type and stack trace, not its message.
    /// </summary>
    [Test]
    public async Task Pipeline_processingFaultQuotingPassengerData_retriedAndDeadLetteredWithoutIt()
    {
        var body = Fixtures.Paxlst();
        var settings = GivingUpFast();
        using var factory = new GatewayFactory(settings, runPipeline: true, services: s => s.AddSingleton<IMessageStage, SurnameAsDateStage>());
        using var client = factory.ClientFor(GatewayFactory.KeyA);

        var receipt = await client.SubmitAsync(body);
        var outcome = await client.WaitForOutcomeAsync(receipt.Id, Patience);

        Assert.That(outcome.Steps(), Does.Contain(TimelineSteps.DeadLettered), outcome.ToString());
        var ofMessage = factory.Logs.Lines.Where(l => l.Contains(receipt.Id.ToString(), StringComparison.Ordinal)).ToList();
        Assert.That(ofMessage.Where(l => l.Contains("[2101]", StringComparison.Ordinal) || l.Contains("[2003]", StringComparison.Ordinal)), Has.All.Contains(nameof(FormatException)), "the failure is named by its type");
        Assert.That(ofMessage, Has.Some.Contains("[2003]"));
        AssertNoPassengerData(factory.Logs.Lines, body);
    }

    /// <summary>Two attempts, 50 ms apart, before a failing message is dead-lettered.</summary>
    private static Dictionary<string, string?> GivingUpFast()
    {
        var settings = PartnerMaySendSamples();
        settings["Outbox:MaxAttempts"] = "2";
        settings["Outbox:FirstRetryDelay"] = "00:00:00.050";
        settings["Outbox:MaxRetryDelay"] = "00:00:00.100";
        return settings;
    }

    private static Dictionary<string, string?> PartnerMaySendSamples()
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < SampleSenders.Length; i++)
        {
            settings[$"Partners:Entries:0:EdifactSenders:{i + 1}"] = SampleSenders[i];
        }

        return settings;
    }

    /// <summary>The bus refuses every record for a customs or agency topic; acknowledgements and dead letters pass.</summary>
    private static void RefusingCustomsTopics(IServiceCollection services)
    {
        services.RemoveAll<IMessageBus>();
        services.AddSingleton<IMessageBus>(sp => new RefusingBus(sp.GetRequiredService<InProcessBus>()));
    }

    /// <summary>What the sample says of its travellers: names, birth dates, document numbers.</summary>
    private static List<string> PassengerData(byte[] interchange)
    {
        var values = new List<string>();
        foreach (var segment in RawSegments.Read(interchange))
        {
            if (segment.Tag == "NAD" && TravellerQualifiers.Contains(segment.At(1)))
            {
                values.AddRange([segment.At(4, 1), segment.At(4, 2), segment.At(4, 3)]);
            }
            else if (segment.Tag == "DOC")
            {
                values.Add(segment.At(2, 1));
            }
            else if (segment.Tag == "DTM" && segment.At(1, 1) == "329")
            {
                values.Add(segment.At(1, 2));
            }
        }

        return [.. values.Select(v => v.Trim()).Where(v => v.Length >= 3).Distinct()];
    }

    private static void AssertNoPassengerData(IReadOnlyCollection<string> lines, byte[] interchange)
    {
        var secrets = PassengerData(interchange);
        Assert.That(secrets, Has.Count.GreaterThan(3), "the sample holds travellers");
        Assert.That(lines, Is.Not.Empty);
        var leaks = secrets
            .Select(secret => (secret, line: lines.FirstOrDefault(l => Regex.IsMatch(l, @"(?<![\p{L}\p{N}])" + Regex.Escape(secret) + @"(?![\p{L}\p{N}])"))))
            .Where(found => found.line is not null)
            .Select(found => $"'{found.secret}' in: {found.line}")
            .ToList();
        Assert.That(leaks, Is.Empty);
    }

    /// <summary>A faulty last stage: reads each traveller's surname as a date, which .NET refuses quoting the surname.</summary>
    private sealed class SurnameAsDateStage : IMessageStage
    {
        public string Name => "surname-as-date";

        public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
        {
            foreach (var traveller in context.Documents.OfType<PassengerList>().SelectMany(l => l.Travellers))
            {
                _ = DateOnly.ParseExact(traveller.Surname, "yyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            }

            return ValueTask.CompletedTask;
        }
    }

    private sealed class RefusingBus(IMessageBus inner) : IMessageBus
    {
        public Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default) =>
            message.Topic.StartsWith("customs.", StringComparison.Ordinal) || message.Topic.StartsWith("oga.", StringComparison.Ordinal)
                ? throw new KafkaException(new Error(ErrorCode.MsgSizeTooLarge, "Broker: Message size too large"))
                : inner.PublishAsync(message, cancellationToken);
    }
}
