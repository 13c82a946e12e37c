using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Hosting;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Tests.SharedHost;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.EndToEnd;

/// <summary>
/// The promise of the receipt, tested by killing the gateway: a separate gateway process is SIGKILLed while several
/// clients submit, then restarted on the same working directory. Every submission that got a 202 must be stored and
/// routed, exactly once after de-duplication by message id (at-least-once publishing, idempotent consumers); a
/// submission that got no answer is retried with its Idempotency-Key and gets the original answer when it had been
/// stored. Once with the production composition (PostgreSQL, Kafka mock), once with the embedded default (SQLite
/// in <c>./data</c>, in-process bus).
/// </summary>
public sealed class CrashRecoveryTests
{
    private const string Partner = "crash-partner";
    private const int Clients = 6;

    /// <summary>Kill after this many 202s: enough for the outbox to hold routed, claimed and waiting entries.</summary>
    private const int AcceptedBeforeKill = 60;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task Kill_whileSubmissionsInFlight_everyAcceptedMessageRoutedOnceAndRetriesGetTheOriginalAnswer()
    {
        await using var database = await TestDatabase.CreateAsync(StorageOptions.Postgres);
        var work = Directory.CreateTempSubdirectory("unipass-crash-");
        var settings = ProductionSettings.For(database, KafkaFixture.BootstrapServers);
        foreach (var (key, value) in PartnerSettings())
        {
            settings[key] = value;
        }

        using var gateway = new GatewayProcess(work.FullName, settings);
        var run = await KillRestartAndRetryAsync(gateway);
        using var client = run.Client;

        // Downstream: each accepted message routed; duplicates (published before the kill, not yet marked) collapse by id.
        using var topics = new TopicReader(KafkaFixture.BootstrapServers);
        var records = topics.ReadAll(Topics.Declarations, Patience).Where(r => r.Header(BusHeaders.Partner) == Partner).ToList();
        var byMessage = records.GroupBy(r => Guid.Parse(r.Header(BusHeaders.MessageId)!)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.That(byMessage.Keys, Is.EquivalentTo(run.Accepted), "every accepted message is routed, and nothing else is");
        Assert.That(byMessage.Values.All(copies => copies.Select(c => c.Key).Distinct().Count() == 1), Is.True, "copies of a message carry the same key");
        TestContext.Out.WriteLine($"{run.Summary}, records {records.Count}, distinct messages {byMessage.Count}, duplicates {records.Count - byMessage.Count}");
    }

    /// <summary>
    /// The embedded default keeps its bus in the process (<see cref="InProcessBus"/>: not durable beyond the outbox), so
    /// what the crash must not break is in the SQLite file: every accepted message stored once and completed once
    /// (one <c>routed</c> step: a publication that the kill cut off before its outcome was stored is published again,
    /// and only that outcome is recorded), and no outbox entry left behind.
    /// </summary>
    [Test]
    public async Task Kill_embeddedDefault_everyAcceptedMessageStoredAndRoutedOnceAndRetriesGetTheOriginalAnswer()
    {
        var work = Directory.CreateTempSubdirectory("unipass-crash-embedded-");
        try
        {
            using var gateway = new GatewayProcess(work.FullName, PartnerSettings());
            var file = Path.Combine(gateway.DataDirectory, GatewayHosting.SqliteFileName);
            long leftByKill = -1;
            var run = await KillRestartAndRetryAsync(gateway, async () => leftByKill = await CountAsync(file, "SELECT COUNT(*) FROM outbox"));

            foreach (var id in run.Accepted)
            {
                var message = await run.Client.GetFromJsonAsync<System.Text.Json.JsonElement>(MessagesApi.MessagePath(id));
                var steps = message.Steps().ToList();
                Assert.That(steps.Count(s => s == TimelineSteps.Routed), Is.EqualTo(1), message.ToString());
                Assert.That(steps.Count(s => s == TimelineSteps.Received), Is.EqualTo(1), message.ToString());
            }

            run.Client.Dispose();
            gateway.Kill();

            // The file the gateway kept in ./data of its directory, read after the process is gone.
            Assert.That(await CountAsync(file, "SELECT COUNT(*) FROM outbox"), Is.Zero, "nothing accepted is left unrouted");
            Assert.That(await CountAsync(file, "SELECT COUNT(*) FROM message"), Is.EqualTo(run.Accepted.Count), "one row per accepted message");
            Assert.That(await CountAsync(file, "SELECT COUNT(*) FROM message WHERE status = 'routed'"), Is.EqualTo(run.Accepted.Count));
            TestContext.Out.WriteLine($"{run.Summary}, outbox entries left by the kill {leftByKill}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            work.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string?> PartnerSettings() => TestPartners.Settings(idA: Partner, idB: Partner + "-b");

    /// <summary>A count read from the gateway's SQLite file (read-only; the gateway is not running).</summary>
    private static async Task<long> CountAsync(string file, string sql)
    {
        Assert.That(File.Exists(file), Is.True, file);
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Starts the gateway, submits from several clients until it is killed, restarts it, retries what got no answer
    /// (twice: the second retry must get the first's answer), repeats answered submissions (original answers), waits
    /// until nothing is <c>received</c> any more and checks what the store holds: one message per Idempotency-Key,
    /// exactly the accepted ones, all routed. The client of the restarted gateway stays open for further checks.
    /// </summary>
    /// <param name="whileDown">Runs between the kill and the restart (the gateway's files are at rest).</param>
    private static async Task<CrashRun> KillRestartAndRetryAsync(GatewayProcess gateway, Func<Task>? whileDown = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await gateway.StartAsync();
        var started = clock.Elapsed;

        // Several clients submit until the gateway dies under them.
        var answered = new ConcurrentDictionary<string, (Submission Submission, Guid Id)>();
        var unanswered = new ConcurrentBag<Submission>();
        using (var client = gateway.ClientFor(TestPartners.KeyA, maxConnections: Clients))
        {
            var senders = Enumerable.Range(0, Clients).Select(c => Task.Run(() => SubmitUntilFailureAsync(client, c, answered, unanswered))).ToArray();
            await WaitUntilAsync(() => answered.Count >= AcceptedBeforeKill || senders.Any(s => s.IsCompleted), Patience);
            gateway.Kill();
            await Task.WhenAll(senders);
        }

        var killedAt = DateTimeOffset.UtcNow;
        Assert.That(answered.Count, Is.GreaterThanOrEqualTo(AcceptedBeforeKill), gateway.Output);
        Assert.That(unanswered, Has.Count.EqualTo(Clients), "every client lost its last submission to the kill");

        var killed = clock.Elapsed;
        if (whileDown is not null)
        {
            await whileDown();
        }

        // The same working directory: the restarted instance claims under the dead one's name and frees its leases at once.
        await gateway.StartAsync();
        var restarted = clock.Elapsed;
        var again = gateway.ClientFor(TestPartners.KeyA);

        // Unanswered submissions are retried with their key; a second retry must give the first retry's answer.
        var retried = new Dictionary<string, ReceiptResponse>();
        foreach (var submission in unanswered)
        {
            var first = await again.SubmitAsync(submission.Body, submission.Key);
            var second = await again.SubmitAsync(submission.Body, submission.Key);
            Assert.That(second.Id, Is.EqualTo(first.Id));
            Assert.That(second.Repeat, Is.True);
            if (first.Repeat)
            {
                Assert.That(first.ReceivedAt, Is.LessThan(killedAt), "a repeat answers with the message stored before the kill");
            }

            retried[submission.Key] = first;
        }

        // Answered submissions sent again get their original answer.
        foreach (var (key, (submission, id)) in answered.Take(10))
        {
            var repeat = await again.SubmitAsync(submission.Body, key);
            Assert.That(repeat.Id, Is.EqualTo(id), key);
            Assert.That(repeat.Repeat, Is.True, key);
        }

        var accepted = answered.Values.Select(a => a.Id).Concat(retried.Values.Select(r => r.Id)).ToHashSet();
        await WaitUntilAsync(async () => (await again.GetFromJsonAsync<MessageListResponse>($"{MessagesApi.BasePath}?status=received&limit=1"))!.Items.Count == 0, Patience);

        // Stored once per Idempotency-Key, and every stored message is one that was accepted.
        var stored = await again.ListAllAsync();
        Assert.That(stored.GroupBy(m => m.IdempotencyKey).Where(g => g.Count() > 1).Select(g => g.Key), Is.Empty, "one message per Idempotency-Key");
        Assert.That(stored.Select(m => m.Id).ToHashSet(), Is.EquivalentTo(accepted));
        Assert.That(stored.Select(m => m.Status).Distinct(), Is.EqualTo(new[] { "routed" }));

        var summary = $"accepted before the kill {answered.Count}, in flight {unanswered.Count} (stored before the kill {retried.Values.Count(r => r.Repeat)}); started {started.TotalSeconds:F1} s, killed {killed.TotalSeconds:F1} s, restarted {restarted.TotalSeconds:F1} s, all routed {clock.Elapsed.TotalSeconds:F1} s";
        return new CrashRun(again, accepted, summary);
    }

    /// <summary>What a crash run leaves for the downstream checks: the restarted gateway's client and the accepted ids.</summary>
    private sealed record CrashRun(HttpClient Client, HashSet<Guid> Accepted, string Summary);

    private static async Task SubmitUntilFailureAsync(HttpClient client, int clientNumber, ConcurrentDictionary<string, (Submission, Guid)> answered, ConcurrentBag<Submission> unanswered)
    {
        for (var i = 0; ; i++)
        {
            var submission = new Submission($"crash-{clientNumber}-{i}", Fixtures.Cusdec("SENDERA", Fixtures.NewReference()));
            try
            {
                using var response = await client.PostAsync(MessagesApi.BasePath, GatewayApi.Content(submission.Body, submission.Key));
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    // An answer that is not a receipt (e.g. the server going down): the client retries it like a lost one.
                    unanswered.Add(submission);
                    return;
                }

                var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();
                answered[submission.Key] = (submission, receipt!.Id);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException or System.Text.Json.JsonException)
            {
                unanswered.Add(submission);
                return;
            }
        }
    }

    private static Task WaitUntilAsync(Func<bool> condition, TimeSpan patience) => WaitUntilAsync(() => Task.FromResult(condition()), patience);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Condition not met within {patience}.");
            }

            await Task.Delay(20);
        }
    }

    private sealed record Submission(string Key, byte[] Body);
}
