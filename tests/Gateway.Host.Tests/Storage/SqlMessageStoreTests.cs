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
    private const string Owner = "instance-1";

    // ISO 9735 interchange written for these tests: UNB sender SENDERA:ZZ, recipient UNIPASS, reference 4711.
    private static readonly byte[] Interchange = Encoding.ASCII.GetBytes(
        "UNA:+.? 'UNB+UNOC:3+SENDERA:ZZ+UNIPASS:ZZ+261129:1200+4711'UNH+1+CUSDEC:D:96B:UN'BGM+929+LRN-1+9'UNT+3+1'UNZ+1+4711'");

    // The same UNB (sender, recipient, reference 4711) with another declaration inside: a different interchange under a used key.
    private static readonly byte[] OtherInterchangeSameKey = Encoding.ASCII.GetBytes(
        "UNA:+.? 'UNB+UNOC:3+SENDERA:ZZ+UNIPASS:ZZ+261129:1300+4711'UNH+1+CUSDEC:D:96B:UN'BGM+929+LRN-2+9'UNT+3+1'UNZ+1+4711'");

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
    public async Task ReceiveAsync_sameIdempotencyKeyOtherBytes_throwsAndStoresNothing()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"a\":1}"u8.ToArray(), "key-1"));

        var reused = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() =>
            _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"a\":2}"u8.ToArray(), "key-1")));

        Assert.That(reused!.PartnerId, Is.EqualTo(PartnerA));
        Assert.That(reused.IdempotencyKey, Is.EqualTo("key-1"));
        Assert.That(reused.Message, Does.Not.Contain(first.MessageId.ToString()));
        Assert.That((await _store.ListAsync(PartnerA, new MessageQuery())).Items.Select(m => m.Id), Is.EqualTo(new[] { first.MessageId }));
        Assert.That((await _store.GetBodyAsync(PartnerA, first.MessageId))?.ToArray(), Is.EqualTo("{\"a\":1}"u8.ToArray()));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_keyReusedForOtherBytesThenOriginalRepeated_originalAnswerStill()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"a\":1}"u8.ToArray(), "key-1"));
        await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() =>
            _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"a\":2}"u8.ToArray(), "key-1")));

        var again = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"a\":1}"u8.ToArray(), "key-1"));

        Assert.That(again.IsRepeat, Is.True);
        Assert.That(again.MessageId, Is.EqualTo(first.MessageId));
    }

    [Test]
    public async Task ReceiveAsync_keyOfAnotherPartnerWithOtherBytes_storedAsItsOwnMessage()
    {
        var ofA = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"a\":1}"u8.ToArray(), "key-1"));

        var ofB = await _store.ReceiveAsync(new IntakeRequest(PartnerB, IntakeChannels.Https, null, "{\"b\":2}"u8.ToArray(), "key-1"));

        Assert.That(ofB.IsRepeat, Is.False);
        Assert.That(ofB.MessageId, Is.Not.EqualTo(ofA.MessageId));
        Assert.That((await _store.GetBodyAsync(PartnerB, ofB.MessageId))?.ToArray(), Is.EqualTo("{\"b\":2}"u8.ToArray()));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task ReceiveAsync_concurrentSameKeyOtherBytes_oneStoredOthersRefusedOrRepeats()
    {
        // Eight submissions race for one key, half with other bytes: one is stored, the same bytes get its
        // receipt, and the others are refused, whichever committed first (the unique index decides on PostgreSQL).
        var bodies = Enumerable.Range(0, 8).Select(i => Encoding.ASCII.GetBytes($"{{\"v\":{i % 2}}}")).ToArray();
        var outcomes = await Task.WhenAll(bodies.Select(body => Task.Run(async () =>
        {
            try
            {
                return (Body: body, Receipt: (IntakeReceipt?)await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, body, "raced")));
            }
            catch (IdempotencyKeyReusedException)
            {
                return (Body: body, Receipt: (IntakeReceipt?)null);
            }
        })));

        var stored = (await _store.ListAsync(PartnerA, new MessageQuery())).Items.Single();
        var winner = (await _store.GetBodyAsync(PartnerA, stored.Id))!.Value.ToArray();
        Assert.That(outcomes.Where(o => o.Body.SequenceEqual(winner)).Select(o => o.Receipt?.MessageId), Is.All.EqualTo(stored.Id));
        Assert.That(outcomes.Where(o => !o.Body.SequenceEqual(winner)).Select(o => o.Receipt), Is.All.Null);
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_manyConcurrent_eachStoredOnceAndReadableWhenItsReceiptReturns()
    {
        // More than one group-committed transaction holds (SQLite shares a commit among waiting submissions).
        const int Count = 300;
        var receipts = await Task.WhenAll(Enumerable.Range(0, Count).Select(i => Task.Run(async () =>
        {
            // Ten keys are sent twice, each time with the same bytes (a retry).
            var n = i % (Count - 10);
            var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Encoding.ASCII.GetBytes($"{{\"n\":{n}}}"), $"key-{n}"));
            var stored = await _store.GetAsync(PartnerA, receipt.MessageId);
            return (receipt, Visible: stored is not null);
        })));

        Assert.That(receipts.All(r => r.Visible), Is.True, "a receipt is answered only once its message is committed");
        Assert.That(receipts.Select(r => r.receipt.MessageId).Distinct().Count(), Is.EqualTo(Count - 10), "one message per Idempotency-Key");
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(Count - 10));
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
    public async Task ReceiveAsync_interchangeRegisteredToAMessageItCanNotRead_storesTheSubmission()
    {
        // The register names a message the store can not read (as when its submission committed after this one's
        // look-up began): no original to answer with, so the submission is stored as itself, on both engines.
        var key = FormatDetector.Detect(Interchange).Interchange!.ToString();
        await using (var connection = await _backend.DataSource.OpenConnectionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(
                connection,
                "INSERT INTO interchange (partner_id, interchange_key, message_id, received_at) VALUES (@PartnerId, @Key, @Id, @Now)",
                new { PartnerId = PartnerA, Key = key, Id = Guid.NewGuid(), Now = _backend.Dialect.Time(_time.GetUtcNow()) });
        }

        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));

        Assert.That(receipt.IsRepeat, Is.False);
        Assert.That((await _store.GetAsync(PartnerA, receipt.MessageId))?.Summary.Status, Is.EqualTo(MessageStatus.Received));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_sameInterchangeFromOtherPartner_neverAnswersWithAnotherPartnersReceipt()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerB, IntakeChannels.Https, null, Interchange));

        Assert.That(second.IsRepeat, Is.False);
        Assert.That(second.MessageId, Is.Not.EqualTo(first.MessageId));
    }

    [Test]
    public async Task ReceiveAsync_sameInterchangeKeyOtherBytes_refusedKeptAsRejectedAndNeverQueued()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, "application/EDIFACT", Interchange));
        _time.Advance(TimeSpan.FromHours(2));

        var reused = await Assert.ThrowsAsync<InterchangeReusedException>(() =>
            _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, "application/EDIFACT", OtherInterchangeSameKey, "key-2")));

        Assert.That(reused!.PartnerId, Is.EqualTo(PartnerA));
        Assert.That(reused.Interchange.ToString(), Is.EqualTo("SENDERA|UNIPASS|4711"));
        Assert.That(reused.OriginalMessageId, Is.EqualTo(first.MessageId));
        Assert.That(reused.OriginalReceivedAt, Is.EqualTo(first.ReceivedAt));
        Assert.That(reused.KeptAsMessageId, Is.Not.EqualTo(first.MessageId));

        // The refused bytes are on record, exactly as received, rejected with the collision named, and not queued.
        var kept = await _store.GetAsync(PartnerA, reused.KeptAsMessageId);
        Assert.That(kept, Is.Not.Null);
        Assert.That(kept!.Summary.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(kept.Summary.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(OtherInterchangeSameKey))));
        Assert.That(kept.Summary.IdempotencyKey, Is.Null, "a refusal does not use up the key");
        Assert.That(kept.Summary.ReceivedAt, Is.EqualTo(_time.GetUtcNow()));
        Assert.That(kept.Timeline.Select(t => t.Step), Is.EqualTo(new[] { TimelineSteps.Received, TimelineSteps.Rejected }));
        Assert.That(kept.Timeline[1].Detail, Does.Contain("UNB sender 'SENDERA', recipient 'UNIPASS', control reference '4711'").And.Contain(first.MessageId.ToString()));
        Assert.That((await _store.GetBodyAsync(PartnerA, reused.KeptAsMessageId))?.ToArray(), Is.EqualTo(OtherInterchangeSameKey));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1), "only the original waits for the pipeline");
        var claimed = await _store.ClaimAsync(10, TimeSpan.FromMinutes(1), Owner);
        Assert.That(claimed.Select(c => c.MessageId), Is.EqualTo(new[] { first.MessageId }));

        // The original keeps the key: its bytes still get the original answer; the key refused is free for a new message.
        var again = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        Assert.That(again.IsRepeat, Is.True);
        Assert.That(again.MessageId, Is.EqualTo(first.MessageId));
        var fresh = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"n\":2}"u8.ToArray(), "key-2"));
        Assert.That(fresh.IsRepeat, Is.False);
    }

    [Test]
    public async Task ReceiveAsync_realInterchangeThenAnotherUnderItsKey_secondRefusedAndKept()
    {
        // Two real invoices under one UNB key (sender 005435656, recipient 006415160, reference 00000000000778).
        var original = await File.ReadAllBytesAsync(SharedData.PathOf("samples/edifact/valid/staedi__invoic_d97b.edi")!);
        var other = await File.ReadAllBytesAsync(SharedData.PathOf("samples/edifact/invalid/staedi__invoic_d97b_bad.edi")!);
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Sftp, null, original));

        var reused = await Assert.ThrowsAsync<InterchangeReusedException>(() => _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Sftp, null, other)));

        Assert.That(reused!.Interchange.ToString(), Is.EqualTo("005435656|006415160|00000000000778"));
        Assert.That(reused.OriginalMessageId, Is.EqualTo(first.MessageId));
        Assert.That((await _store.GetBodyAsync(PartnerA, reused.KeptAsMessageId))?.ToArray(), Is.EqualTo(other));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_refusedBytesSentAgain_refusedAgainEachAttemptOnRecord()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        var one = await Assert.ThrowsAsync<InterchangeReusedException>(() => _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, OtherInterchangeSameKey)));
        var two = await Assert.ThrowsAsync<InterchangeReusedException>(() => _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, OtherInterchangeSameKey)));

        Assert.That(two!.OriginalMessageId, Is.EqualTo(first.MessageId));
        Assert.That(two.KeptAsMessageId, Is.Not.EqualTo(one!.KeptAsMessageId));
        var rejected = await _store.ListAsync(PartnerA, new MessageQuery(Status: MessageStatus.Rejected));
        Assert.That(rejected.Items.Select(m => m.Id), Is.EquivalentTo(new[] { one.KeptAsMessageId, two.KeptAsMessageId }));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task ReceiveAsync_sameInterchangeKeyOtherBytesAfterWindow_storedAsNewInterchange()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        _time.Advance(TimeSpan.FromDays(31));

        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, OtherInterchangeSameKey));

        Assert.That(second.IsRepeat, Is.False);
        Assert.That(second.Status, Is.EqualTo(MessageStatus.Received));
        Assert.That(second.MessageId, Is.Not.EqualTo(first.MessageId));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(2));
    }

    [Test]
    public async Task ReceiveAsync_concurrentSameInterchangeKeyOtherBytes_oneAcceptedSameBytesRepeatOthersRefusedAndKept()
    {
        // Eight submissions race for one interchange key, half with other bytes: whichever commits first owns the key.
        var bodies = Enumerable.Range(0, 8).Select(i => i % 2 == 0 ? Interchange : OtherInterchangeSameKey).ToArray();
        var outcomes = await Task.WhenAll(bodies.Select(body => Task.Run(async () =>
        {
            try
            {
                return (Body: body, Receipt: (IntakeReceipt?)await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, body)), Refusal: (InterchangeReusedException?)null);
            }
            catch (InterchangeReusedException e)
            {
                return (Body: body, Receipt: (IntakeReceipt?)null, Refusal: (InterchangeReusedException?)e);
            }
        })));

        var accepted = (await _store.ListAsync(PartnerA, new MessageQuery(Status: MessageStatus.Received))).Items.Single();
        var winner = (await _store.GetBodyAsync(PartnerA, accepted.Id))!.Value.ToArray();
        Assert.That(outcomes.Where(o => o.Body.SequenceEqual(winner)).Select(o => o.Receipt?.MessageId), Is.All.EqualTo(accepted.Id));
        var refused = outcomes.Where(o => !o.Body.SequenceEqual(winner)).ToList();
        Assert.That(refused.Select(o => o.Refusal?.OriginalMessageId), Is.All.EqualTo(accepted.Id));
        var rejected = await _store.ListAsync(PartnerA, new MessageQuery(Status: MessageStatus.Rejected));
        Assert.That(rejected.Items.Select(m => m.Id), Is.EquivalentTo(refused.Select(o => o.Refusal!.KeptAsMessageId)));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
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
        var claimed = await _store.ClaimAsync(10, TimeSpan.FromMinutes(1), Owner);
        await _store.CompleteAsync([new OutboxCompletion(claimed.Single(e => e.MessageId == json.MessageId).Lease, MessageStatus.Routed, null, [], [])]);

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

        var first = await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner);
        var whileLeased = await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner);
        _time.Advance(TimeSpan.FromSeconds(31));
        var afterExpiry = await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner);

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
                var batch = await store.ClaimAsync(7, TimeSpan.FromMinutes(5), Owner);
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
        var lease = (await _store.ClaimAsync(10, TimeSpan.FromMinutes(1), Owner)).Single().Lease;
        var at = _time.GetUtcNow();
        var ack = new StoredAck(Guid.NewGuid(), receipt.MessageId, AckKinds.Contrl, "application/EDIFACT", "UNH+1+CONTRL:D:3:UN'"u8.ToArray(), at);

        await _store.CompleteAsync([new OutboxCompletion(
            lease,
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
        Assert.That(await _store.ClaimAsync(10, TimeSpan.FromMinutes(1), Owner), Is.Empty);
    }

    [Test]
    public async Task CompleteAsync_receivedIsNotFinal_throwsArgumentException()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));

        await Assert.ThrowsAsync<ArgumentException>(() => _store.CompleteAsync([new OutboxCompletion(new OutboxLease(receipt.MessageId, Guid.NewGuid()), MessageStatus.Received, null, [], [])]));

        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task RetryAsync_entry_becomesDueAgainAtTheGivenTime()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));
        var lease = (await _store.ClaimAsync(10, TimeSpan.FromMinutes(10), Owner)).Single().Lease;

        var lost = await _store.RetryAsync([new OutboxRetry(lease, _time.GetUtcNow().AddSeconds(5), new TimelineEntry(_time.GetUtcNow(), TimelineSteps.RetryScheduled, "broker unavailable"), [])]);

        Assert.That(lost, Is.Empty);
        Assert.That(await _store.ClaimAsync(10, TimeSpan.FromMinutes(1), Owner), Is.Empty);
        _time.Advance(TimeSpan.FromSeconds(5));
        var again = await _store.ClaimAsync(10, TimeSpan.FromMinutes(1), Owner);
        Assert.That(again.Select(e => e.Attempts), Is.EqualTo(new[] { 2 }));
        var message = await _store.GetAsync(PartnerA, receipt.MessageId);
        Assert.That(message!.Timeline[^1].Step, Is.EqualTo(TimelineSteps.RetryScheduled));
    }

    [Test]
    public async Task CompleteAsync_leaseTakenOverByAnotherClaim_writesNothingAndReportsTheMessageLost()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        var stale = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-1")).Single().Lease;
        _time.Advance(TimeSpan.FromSeconds(31));
        var live = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-2")).Single().Lease;

        var staleLost = await _store.CompleteAsync([Rejection(stale, "from instance 1")]);
        var liveLost = await _store.CompleteAsync([Rejection(live, "from instance 2")]);

        Assert.That(staleLost, Is.EqualTo(new[] { receipt.MessageId }));
        Assert.That(liveLost, Is.Empty);
        var message = await _store.GetAsync(PartnerA, receipt.MessageId);
        Assert.That(message!.Timeline.Select(t => t.Detail), Is.EqualTo(new[] { null, "from instance 2" }));
        Assert.That(await _store.GetAcksAsync(PartnerA, receipt.MessageId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CompleteAsync_sameCompletionTwice_storesItOnce()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        var lease = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner)).Single().Lease;
        var completion = Rejection(lease, "once");

        await _store.CompleteAsync([completion]);
        var again = await _store.CompleteAsync([completion, completion]);

        Assert.That(again, Is.EqualTo(new[] { receipt.MessageId, receipt.MessageId }));
        var message = await _store.GetAsync(PartnerA, receipt.MessageId);
        Assert.That(message!.Timeline, Has.Count.EqualTo(2));
        Assert.That(await _store.GetAcksAsync(PartnerA, receipt.MessageId), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task CompleteAsync_batchWithOneStaleLease_completesTheOthers()
    {
        var first = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"n\":1}"u8.ToArray()));
        var second = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"n\":2}"u8.ToArray()));
        var leases = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner)).ToDictionary(e => e.MessageId, e => e.Lease);

        var lost = await _store.CompleteAsync([
            new OutboxCompletion(leases[first.MessageId], MessageStatus.Routed, null, [], []),
            new OutboxCompletion(leases[second.MessageId] with { Token = Guid.NewGuid() }, MessageStatus.Routed, null, [], []),
        ]);

        Assert.That(lost, Is.EqualTo(new[] { second.MessageId }));
        Assert.That((await _store.GetAsync(PartnerA, first.MessageId))!.Status, Is.EqualTo(MessageStatus.Routed));
        Assert.That((await _store.GetAsync(PartnerA, second.MessageId))!.Status, Is.EqualTo(MessageStatus.Received));
        Assert.That(await _store.CountBacklogAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task CompleteAsync_batchMoreThanOneCommandHolds_storesEveryOutcomeWithItsTimelineInOrder()
    {
        // 24 outcomes of 1,203 parameters each: more than one command's worth (RowsStatement.MaxParameters).
        const int Messages = 24;
        const int Steps = 400;
        var ids = new List<Guid>();
        for (var i = 0; i < Messages; i++)
        {
            ids.Add((await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Encoding.ASCII.GetBytes($"{{\"n\":{i}}}")))).MessageId);
        }

        var leases = (await _store.ClaimAsync(Messages, TimeSpan.FromMinutes(1), Owner)).ToDictionary(e => e.MessageId, e => e.Lease);
        await _store.RetryAsync([new OutboxRetry(leases[ids[0]], _time.GetUtcNow(), null, ["KEY-0"], CountsAsAttempt: false)]);
        leases[ids[0]] = (await _store.ClaimAsync(1, TimeSpan.FromMinutes(1), Owner)).Single().Lease;
        var at = _time.GetUtcNow();
        var completions = ids.Select((id, i) => new OutboxCompletion(
            leases[id],
            i % 2 == 0 ? MessageStatus.Routed : MessageStatus.Rejected,
            i % 3 == 0 ? null : "CUSDEC",
            [.. Enumerable.Range(0, Steps).Select(s => new TimelineEntry(at.AddMilliseconds(Steps - s), "step-" + s, s % 2 == 0 ? null : $"{i}/{s}"))],
            i % 2 == 0 ? [] : [new StoredAck(Guid.NewGuid(), id, AckKinds.Json, "application/json", Encoding.ASCII.GetBytes($"{{\"ack\":{i}}}"), at)])).ToList();

        var lost = await _store.CompleteAsync(completions);

        Assert.That(lost, Is.Empty);
        Assert.That(await _store.CountBacklogAsync(), Is.Zero);
        Assert.That(await _store.FindKeyHoldersAsync(["KEY-0"]), Is.Empty, "a completed message holds back no key");
        for (var i = 0; i < Messages; i++)
        {
            var message = (await _store.GetAsync(PartnerA, ids[i]))!;
            Assert.That(message.Status, Is.EqualTo(completions[i].Status));
            Assert.That(message.Summary.MessageType, Is.EqualTo(i % 3 == 0 ? null : "CUSDEC"));
            Assert.That(message.Summary.UpdatedAt, Is.EqualTo(at));
            Assert.That(message.Timeline.Skip(1).Select(t => (t.Step, t.Detail, t.At)), Is.EqualTo(completions[i].Timeline.Select(t => (t.Step, t.Detail, t.At))), "every entry, in the order given");
            var acks = (await _store.GetAcksAsync(PartnerA, ids[i]))!;
            Assert.That(acks.Select(a => Encoding.ASCII.GetString(a.Content.Span)), Is.EqualTo(completions[i].Acks.Select(a => Encoding.ASCII.GetString(a.Content.Span))));
        }
    }

    [Test]
    public async Task RetryAsync_afterAnotherInstanceCompleted_recordsNothing()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, Interchange));
        var stale = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-1")).Single().Lease;
        _time.Advance(TimeSpan.FromSeconds(31));
        var live = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-2")).Single().Lease;
        await _store.CompleteAsync([Rejection(live, "done")]);

        var lost = await _store.RetryAsync([new OutboxRetry(stale, _time.GetUtcNow(), new TimelineEntry(_time.GetUtcNow(), TimelineSteps.RetryScheduled, "late"), ["LRN-1"])]);

        Assert.That(lost, Is.EqualTo(new[] { receipt.MessageId }));
        var message = await _store.GetAsync(PartnerA, receipt.MessageId);
        Assert.That(message!.Timeline.Select(t => t.Step), Does.Not.Contain(TimelineSteps.RetryScheduled));
        Assert.That(message.Status, Is.EqualTo(MessageStatus.Rejected));
        Assert.That(await _store.CountBacklogAsync(), Is.Zero);
        Assert.That(await _store.FindKeyHoldersAsync(["LRN-1"]), Is.Empty);
    }

    [Test]
    public async Task RetryAsync_staleLeaseAfterAnotherInstanceRetried_isIgnored()
    {
        await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));
        var stale = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-1")).Single().Lease;
        _time.Advance(TimeSpan.FromSeconds(31));
        var live = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-2")).Single().Lease;

        var lost = await _store.RetryAsync([new OutboxRetry(stale, _time.GetUtcNow(), null, [])]);

        Assert.That(lost, Has.Count.EqualTo(1));
        Assert.That(await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "instance-3"), Is.Empty, "instance 2 still holds it");
        Assert.That(await _store.CompleteAsync([new OutboxCompletion(live, MessageStatus.Routed, null, [], [])]), Is.Empty);
    }

    [Test]
    public async Task RetryAsync_heldNotAttempted_takesTheAttemptBackAndRegistersKeysUntilCompleted()
    {
        var receipt = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));
        var lease = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner)).Single().Lease;
        var due = _time.GetUtcNow().AddSeconds(3);

        await _store.RetryAsync([new OutboxRetry(lease, due, new TimelineEntry(_time.GetUtcNow(), TimelineSteps.Held), ["LRN-1", "oga/LRN-1"], CountsAsAttempt: false)]);

        var holders = await _store.FindKeyHoldersAsync(["LRN-1", "other"]);
        Assert.That(holders.Select(h => (h.Key, h.MessageId, h.DueAt)), Is.EqualTo(new[] { ("LRN-1", receipt.MessageId, due) }));
        Assert.That(holders[0].ReceivedAt, Is.EqualTo(receipt.ReceivedAt));
        _time.Advance(TimeSpan.FromSeconds(3));
        var again = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner)).Single();
        Assert.That(again.Attempts, Is.EqualTo(1), "waiting is not an attempt");

        await _store.CompleteAsync([new OutboxCompletion(again.Lease, MessageStatus.Routed, null, [], [])]);
        Assert.That(await _store.FindKeyHoldersAsync(["LRN-1", "oga/LRN-1"]), Is.Empty);
    }

    [Test]
    public async Task RenewAsync_liveClaim_extendsTheLease()
    {
        await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{}"u8.ToArray()));
        var claim = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner)).Single();
        _time.Advance(TimeSpan.FromSeconds(20));

        var renewed = await _store.RenewAsync(claim.ClaimToken, TimeSpan.FromSeconds(30));
        _time.Advance(TimeSpan.FromSeconds(20));

        Assert.That(renewed, Is.EqualTo(1));
        Assert.That(await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "other"), Is.Empty, "40 s after the claim, the renewed lease still holds");
        _time.Advance(TimeSpan.FromSeconds(11));
        Assert.That(await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), "other"), Has.Count.EqualTo(1));
        Assert.That(await _store.RenewAsync(claim.ClaimToken, TimeSpan.FromSeconds(30)), Is.Zero, "a lost claim renews nothing");
    }

    [Test]
    public async Task ReleaseAsync_owner_freesOnlyItsOwnLeasesAtOnce()
    {
        await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"n\":1}"u8.ToArray()));
        var mine = (await _store.ClaimAsync(1, TimeSpan.FromMinutes(2), "instance-1")).Single();
        await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"n\":2}"u8.ToArray()));
        var theirs = (await _store.ClaimAsync(1, TimeSpan.FromMinutes(2), "instance-2")).Single();

        var released = await _store.ReleaseAsync("instance-1");
        var claimed = await _store.ClaimAsync(10, TimeSpan.FromMinutes(2), "instance-1");

        Assert.That(released, Is.EqualTo(1));
        Assert.That(claimed.Select(e => e.MessageId), Is.EqualTo(new[] { mine.MessageId }));
        Assert.That(claimed[0].Attempts, Is.EqualTo(2));
        Assert.That(await _store.CompleteAsync([new OutboxCompletion(mine.Lease, MessageStatus.Routed, null, [], [])]), Has.Count.EqualTo(1), "the released claim is void");
        Assert.That(await _store.CompleteAsync([new OutboxCompletion(theirs.Lease, MessageStatus.Routed, null, [], [])]), Is.Empty);
    }

    [Test]
    public async Task TryLockOwnerAsync_heldByALiveHolder_returnsNullUntilReleased()
    {
        var second = StorageServiceCollectionExtensions.CreateStorage(_database.Options);
        await using var _ = second;
        using var other = CreateStore(second);

        var first = await _store.TryLockOwnerAsync(Owner);
        var whileHeld = await other.TryLockOwnerAsync(Owner);
        var otherName = await other.TryLockOwnerAsync("instance-2");
        await first!.DisposeAsync();
        var afterRelease = await other.TryLockOwnerAsync(Owner);

        Assert.That(first, Is.Not.Null);
        Assert.That(whileHeld, Is.Null);
        Assert.That(otherName, Is.Not.Null);
        Assert.That(afterRelease, Is.Not.Null);
        await otherName!.DisposeAsync();
        await afterRelease!.DisposeAsync();
    }

    [Test]
    public async Task ReceiveAsync_traceParent_isStoredAndClaimedWithTheMessage()
    {
        const string TraceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var traced = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"n\":1}"u8.ToArray(), TraceParent: TraceParent));
        var malformed = await _store.ReceiveAsync(new IntakeRequest(PartnerA, IntakeChannels.Https, null, "{\"n\":2}"u8.ToArray(), TraceParent: "00-not-a-trace"));

        var claimed = (await _store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner)).ToDictionary(e => e.MessageId);

        Assert.That(claimed[traced.MessageId].TraceParent, Is.EqualTo(TraceParent));
        Assert.That(claimed[malformed.MessageId].TraceParent, Is.Null, "a malformed value is not stored");
    }

    [Test]
    public async Task MigrateAsync_databaseAtFirstVersionWithMessages_keepsThemAndAddsTheNewColumns()
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var _ = database;
        var backend = StorageServiceCollectionExtensions.CreateStorage(database.Options);
        await using var __ = backend;
        await SchemaMigrator.MigrateAsync(backend.DataSource, backend.Dialect, _time, CancellationToken.None, upToVersion: 1);
        await using (var connection = await backend.DataSource.OpenConnectionAsync())
        {
            await Dapper.SqlMapper.ExecuteAsync(connection, MessageSqlAtVersion1, new { Id = Guid.NewGuid(), Now = backend.Dialect.Time(_time.GetUtcNow()), Body = "{}"u8.ToArray() });
        }

        var applied = await SchemaMigrator.MigrateAsync(backend.DataSource, backend.Dialect, _time, CancellationToken.None);
        using var store = CreateStore(backend);
        var claimed = await store.ClaimAsync(10, TimeSpan.FromSeconds(30), Owner);

        Assert.That(applied, Is.EqualTo(SchemaMigrator.Scripts(backend.Dialect.Name).Count - 1));
        Assert.That(claimed, Has.Count.EqualTo(1));
        Assert.That(claimed[0].TraceParent, Is.Null);
        Assert.That(await store.CompleteAsync([new OutboxCompletion(claimed[0].Lease, MessageStatus.Routed, null, [], [])]), Is.Empty);
    }

    [Test]
    public async Task IsReadyAsync_migratedDatabase_returnsTrue()
    {
        Assert.That(await _store.IsReadyAsync(), Is.True);
    }

    // The version-1 insert (no trace column yet), as a gateway of that version wrote it.
    private const string MessageSqlAtVersion1 = """
        INSERT INTO message (id, partner_id, channel, content_type, format, message_type, status, received_at, updated_at, sha256, size, idempotency_key, interchange_key, body)
        VALUES (@Id, 'partner-a', 'https', NULL, 'json', NULL, 'received', @Now, @Now, 'x', 2, NULL, NULL, @Body);
        INSERT INTO message_event (message_id, at, step) VALUES (@Id, @Now, 'received');
        INSERT INTO outbox (message_id, due_at, attempts) VALUES (@Id, @Now, 0);
        """;

    private static OutboxCompletion Rejection(OutboxLease lease, string detail) => new(
        lease,
        MessageStatus.Rejected,
        null,
        [new TimelineEntry(DateTimeOffset.UnixEpoch, TimelineSteps.Rejected, detail)],
        [new StoredAck(Guid.NewGuid(), lease.MessageId, AckKinds.Contrl, "application/EDIFACT", "UNH+1+CONTRL:D:3:UN'"u8.ToArray(), DateTimeOffset.UnixEpoch)]);

    private SqlMessageStore CreateStore(StorageBackend backend, IntakeOptions? options = null) =>
        new(backend.DataSource, backend.Dialect, _time, new SequentialIdGenerator(_time), Options.Create(options ?? new IntakeOptions()));
}
