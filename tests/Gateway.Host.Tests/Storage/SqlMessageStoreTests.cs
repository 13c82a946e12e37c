using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Host.Storage.Internal;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Storage;

/// <summary>The same behaviour on both engines: every test runs on SQLite and on PostgreSQL.</summary>
[TestFixture(StorageOptions.Sqlite)]
[TestFixture(StorageOptions.Postgres)]
public sealed class SqlMessageStoreTests(string provider)
{
    private const string PartnerA = "partner-a";
    private const string PartnerB = "partner-b";

    // ISO 9735 interchange written for these tests: UNB sender SENDERA:ZZ, recipient UNIPASS, reference 4711.
    private static readonly byte[] Interchange = Encoding.ASCII.GetBytes(
        "UNA:+.? 'UNB+UNOC:3+SENDERA:ZZ+UNIPASS:ZZ+261129:1200+4711'UNH+1+CUSDEC:D:96B:UN'BGM+929+LRN-1+9'UNT+3+1'UNZ+1+4711'");

    private TestDatabase _database = null!;
    private StorageBackend _backend = null!;
    private FakeTimeProvider _time = null!;
    private SqlMessageStore _store = null!;

    [SetUp]
    public async Task SetUp()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _backend = StorageServiceCollectionExtensions.CreateStorage(_database.Options);
        _time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        await SchemaMigrator.MigrateAsync(_backend.DataSource, _backend.Dialect, _time, CancellationToken.None);
        _store = CreateStore(_backend);
    }

    [TearDown]
    public async Task TearDown()
    {
        _store.Dispose();
        await _backend.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Test]
    public async Task MigrateAsync_secondRun_appliesNothing()
    {
        var applied = await SchemaMigrator.MigrateAsync(_backend.DataSource, _backend.Dialect, _time, CancellationToken.None);

        Assert.That(applied, Is.Zero);
        Assert.That(SchemaMigrator.Scripts(_backend.Dialect.Name), Is.Not.Empty);
    }

    [Test]
    public async Task ReceiveAsync_newSubmission_storesBytesHashTimelineAndOutboxEntry()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, "application/EDIFACT", Interchange));

        Assert.That(receipt.IsRepeat, Is.False);
        Assert.That(receipt.Status, Is.EqualTo(MessageStatus.Received));
        Assert.That(receipt.Format, Is.EqualTo(MessageFormat.Edifact));
        Assert.That(receipt.MessageType, Is.EqualTo("CUSDEC"));
        Assert.That(receipt.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(Interchange))));
        Assert.That(receipt.ReceivedAt, Is.EqualTo(_time.GetUtcNow()));

        var body = await _store.GetBodyAsync(PartnerA, receipt.MessageId);
        Assert.That(body?.ToArray(), Is.EqualTo(Interchange));

        var message = await _store.GetAsync(PartnerA, receipt.MessageId);
        Assert.That(message, Is.Not.Null);
        Assert.That(message!.Summary.InterchangeKey, Is.EqualTo("SENDERA|UNIPASS|4711"));
        Assert.That(message.Summary.Size, Is.EqualTo(Interchange.Length));
        Assert.That(message.Summary.ContentType, Is.EqualTo("application/EDIFACT"));
        Assert.That(message.Timeline.Select(t => t.Step), Is.EqualTo(new[] { TimelineSteps.Received }));
        Assert.That(message.Timeline[0].At, Is.EqualTo(receipt.ReceivedAt));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_sameIdempotencyKey_returnsOriginalReceiptAndStoresNothing()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, "application/json", "{\"a\":1}"u8.ToArray(), "key-1"));
        _time.Advance(TimeSpan.FromMinutes(5));

        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, "application/json", "{\"a\":1}"u8.ToArray(), "key-1"));

        Assert.That(second.IsRepeat, Is.True);
        Assert.That(second.MessageId, Is.EqualTo(first.MessageId));
        Assert.That(second.ReceivedAt, Is.EqualTo(first.ReceivedAt));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_sameIdempotencyKeyOtherPartner_storesSeparately()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray(), "key-1"));
        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerB, IntakeChannels.Https, null, "{}"u8.ToArray(), "key-1"));

        Assert.That(second.IsRepeat, Is.False);
        Assert.That(second.MessageId, Is.Not.EqualTo(first.MessageId));
    }

    [Test]
    public async Task ReceiveAsync_concurrentSameIdempotencyKey_storesOnce()
    {
        var receipts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray(), "same")))));

        Assert.That(receipts.Select(r => r.MessageId).Distinct().Count(), Is.EqualTo(1));
        Assert.That(receipts.Count(r => !r.IsRepeat), Is.EqualTo(1));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_sameInterchangeWithinWindow_returnsOriginalReceipt()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.As2, null, Interchange));
        _time.Advance(TimeSpan.FromDays(29));

        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));

        Assert.That(second.IsRepeat, Is.True);
        Assert.That(second.MessageId, Is.EqualTo(first.MessageId));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_sameInterchangeAfterWindow_storesNewMessage()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        _time.Advance(TimeSpan.FromDays(31));

        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        var third = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));

        Assert.That(second.IsRepeat, Is.False);
        Assert.That(second.MessageId, Is.Not.EqualTo(first.MessageId));
        Assert.That(third.MessageId, Is.EqualTo(second.MessageId), "the window restarts at the newer interchange");
    }

    [Test]
    public async Task ReceiveAsync_sameInterchangeFromOtherPartner_neverAnswersWithAnotherPartnersReceipt()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerB, IntakeChannels.Https, null, Interchange));

        Assert.That(second.IsRepeat, Is.False);
        Assert.That(second.MessageId, Is.Not.EqualTo(first.MessageId));
    }

    [TestCaseSource(typeof(SharedData), nameof(SharedData.Cases), new object[] { "samples/edifact/valid", "*" })]
    public async Task ReceiveAsync_realInterchangeTwice_secondIsRepeat(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path);
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Sftp, null, bytes));
        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Sftp, null, bytes));

        Assert.That(first.Format, Is.EqualTo(MessageFormat.Edifact));
        Assert.That(second.IsRepeat, Is.True);
        Assert.That(second.MessageId, Is.EqualTo(first.MessageId));
    }

    [Test]
    public async Task ReceiveAsync_bodyOverLimit_throwsArgumentException()
    {
        var store = CreateStore(_backend, new IntakeOptions { MaxBodyBytes = 4 });

        var ex = await Assert.ThrowsAsync<ArgumentException>(() => store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "12345"u8.ToArray())));

        Assert.That(ex!.Message, Does.Contain("5 bytes"));
        Assert.That(await _store.CountBacklogAsync(), Is.Zero);
    }

    [Test]
    public async Task Reads_otherPartnersMessage_answerExactlyLikeUnknownId()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));

        Assert.That(await _store.GetAsync(PartnerB, receipt.MessageId), Is.Null);
        Assert.That(await _store.GetAcksAsync(PartnerB, receipt.MessageId), Is.Null);
        Assert.That(await _store.GetBodyAsync(PartnerB, receipt.MessageId), Is.Null);
        Assert.That(await _store.GetAsync(PartnerB, Guid.NewGuid()), Is.Null);
        Assert.That((await _store.ListAsync(PartnerB, new MessageQuery())).Items, Is.Empty);
        Assert.That(await _store.GetAcksAsync(PartnerA, receipt.MessageId), Is.Empty);
    }

    [Test]
    public async Task ListAsync_pagedByTwo_returnsEveryMessageOnceNewestFirst()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Encoding.UTF8.GetBytes($"{{\"n\":{i}}}")))).MessageId);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        await _store.ReceiveAsync(new IntakeRequest(PartnerB, IntakeChannels.Https, null, "{}"u8.ToArray()));

        var seen = new List<Guid>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await _store.ListAsync(PartnerA, new MessageQuery(Limit: 2, Cursor: cursor));
            seen.AddRange(page.Items.Select(m => m.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null);

        ids.Reverse();
        Assert.That(seen, Is.EqualTo(ids));
        Assert.That(pages, Is.EqualTo(3));
    }

    [Test]
    public async Task ListAsync_filters_selectByStatusTypeAndTime()
    {
        var start = _time.GetUtcNow();
        var edifact = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        _time.Advance(TimeSpan.FromHours(1));
        var json = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"documentType\":\"DEC\"}"u8.ToArray()));
        await _store.ClaimAsync(10, TimeSpan.FromMinutes(1));
        await _store.CompleteAsync([new OutboxCompletion(json.MessageId, MessageStatus.Routed, null, [], [])]);

        var routed = await _store.ListAsync(PartnerA, new MessageQuery(Status: MessageStatus.Routed));
        var cusdec = await _store.ListAsync(PartnerA, new MessageQuery(MessageType: "CUSDEC"));
        var early = await _store.ListAsync(PartnerA, new MessageQuery(ReceivedFrom: start, ReceivedTo: start.AddMinutes(30)));

        Assert.That(routed.Items.Select(m => m.Id), Is.EqualTo(new[] { json.MessageId }));
        Assert.That(cusdec.Items.Select(m => m.Id), Is.EqualTo(new[] { edifact.MessageId }));
        Assert.That(early.Items.Select(m => m.Id), Is.EqualTo(new[] { edifact.MessageId }));
    }

    [Test]
    public async Task ListAsync_foreignCursor_throwsArgumentException()
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() => _store.ListAsync(PartnerA, new MessageQuery(Cursor: "not-a-cursor")));

        Assert.That(ex!.ParamName, Is.EqualTo("cursor"));
    }

    [Test]
    public async Task ClaimAsync_leasedEntry_isNotClaimedAgainUntilLeaseExpires()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, "application/json", "{}"u8.ToArray()));

        var first = await _store.ClaimAsync(10, TimeSpan.FromSeconds(30));
        var whileLeased = await _store.ClaimAsync(10, TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(31));
        var afterExpiry = await _store.ClaimAsync(10, TimeSpan.FromSeconds(30));

        Assert.That(first.Select(e => (e.MessageId, e.Attempts)), Is.EqualTo(new[] { (receipt.MessageId, 1) }));
        Assert.That(first[0].Body.ToArray(), Is.EqualTo("{}"u8.ToArray()));
        Assert.That(first[0].PartnerId, Is.EqualTo(PartnerA));
        Assert.That(first[0].Format, Is.EqualTo(MessageFormat.Json));
        Assert.That(whileLeased, Is.Empty);
        Assert.That(afterExpiry.Select(e => (e.MessageId, e.Attempts)), Is.EqualTo(new[] { (receipt.MessageId, 2) }));
    }

    [Test]
    public async Task ClaimAsync_twoInstancesConcurrently_neverClaimTheSameEntry()
    {
        for (var i = 0; i < 60; i++)
        {
            await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Encoding.UTF8.GetBytes($"{{\"n\":{i}}}")));
        }

        var second = StorageServiceCollectionExtensions.CreateStorage(_database.Options);
        await using var _ = second;
        using var other = CreateStore(second);

        async Task<List<Guid>> Drain(SqlMessageStore store)
        {
            var mine = new List<Guid>();
            while (true)
            {
                var batch = await store.ClaimAsync(7, TimeSpan.FromMinutes(5));
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(e => e.MessageId));
            }
        }

        var results = await Task.WhenAll(Task.Run(() => Drain(_store)), Task.Run(() => Drain(other)));
        var all = results[0].Concat(results[1]).ToList();

        Assert.That(all, Has.Count.EqualTo(60));
        Assert.That(all.Distinct().Count(), Is.EqualTo(60));
    }

    [Test]
    public async Task CompleteAsync_rejected_storesStatusTimelineAcksAndRemovesOutboxEntry()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        await _store.ClaimAsync(10, TimeSpan.FromMinutes(1));
        var at = _time.GetUtcNow();
        var ack = new StoredAck(Guid.NewGuid(), receipt.MessageId, AckKinds.Contrl, "application/EDIFACT", "UNH+1+CONTRL:D:3:UN'"u8.ToArray(), at);

        await _store.CompleteAsync([new OutboxCompletion(
            receipt.MessageId,
            MessageStatus.Rejected,
            "CUSDEC",
            [new TimelineEntry(at, TimelineSteps.Detected, "edifact"), new TimelineEntry(at, TimelineSteps.Rejected, "EDI0001")],
            [ack])]);

        var message = await _store.GetAsync(PartnerA, receipt.MessageId);
        var acks = await _store.GetAcksAsync(PartnerA, receipt.MessageId);
        Assert.That(message!.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(message.Timeline.Select(t => t.Step), Is.EqualTo(new[] { TimelineSteps.Received, TimelineSteps.Detected, TimelineSteps.Rejected }));
        Assert.That(message.Timeline[2].Detail, Is.EqualTo("EDI0001"));
        Assert.That(acks, Has.Count.EqualTo(1));
        Assert.That(acks![0].Kind, Is.EqualTo(AckKinds.Contrl));
        Assert.That(acks[0].Content.ToArray(), Is.EqualTo(ack.Content.ToArray()));
        Assert.That(await _store.CountBacklogAsync(), Is.Zero);
        Assert.That(await _store.ClaimAsync(10, TimeSpan.FromMinutes(1)), Is.Empty);
    }

    [Test]
    public async Task CompleteAsync_receivedIsNotFinal_throwsArgumentException()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));

        await Assert.ThrowsAsync<ArgumentException>(() => _store.CompleteAsync([new OutboxCompletion(receipt.MessageId, MessageStatus.Received, null, [], [])]));

        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task RetryAsync_entry_becomesDueAgainAtTheGivenTime()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));
        await _store.ClaimAsync(10, TimeSpan.FromMinutes(10));

        await _store.RetryAsync(receipt.MessageId, _time.GetUtcNow().AddSeconds(5), new TimelineEntry(_time.GetUtcNow(), TimelineSteps.RetryScheduled, "broker unavailable"));

        Assert.That(await _store.ClaimAsync(10, TimeSpan.FromMinutes(1)), Is.Empty);
        _time.Advance(TimeSpan.FromSeconds(5));
        var again = await _store.ClaimAsync(10, TimeSpan.FromMinutes(1));
        Assert.That(again.Select(e => e.Attempts), Is.EqualTo(new[] { 2 }));
        var message = await _store.GetAsync(PartnerA, receipt.MessageId);
        Assert.That(message!.Timeline[^1].Step, Is.EqualTo(TimelineSteps.RetryScheduled));
    }

    [Test]
    public async Task IsReadyAsync_migratedDatabase_returnsTrue()
    {
        Assert.That(await _store.IsReadyAsync(), Is.True);
    }

    private SqlMessageStore CreateStore(StorageBackend backend, IntakeOptions? options = null) =>
        new(backend.DataSource, backend.Dialect, _time, new SequentialIdGenerator(_time), Options.Create(options ?? new IntakeOptions()));
}
