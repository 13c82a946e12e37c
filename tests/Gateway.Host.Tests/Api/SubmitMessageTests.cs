using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Host.Tests.Api;

public sealed class SubmitMessageTests
{
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        _factory = new GatewayFactory();
        _client = _factory.ClientFor(GatewayFactory.KeyA);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task Post_edifactInterchange_accepted202WithLocationAndReceipt()
    {
        var body = Fixtures.Cusdec("SENDERA", Fixtures.NewReference());

        var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(body));
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(response.Headers.Location?.ToString(), Is.EqualTo($"/api/v1/messages/{receipt!.Id}"));
        Assert.That(receipt.Status, Is.EqualTo("received"));
        Assert.That(receipt.Format, Is.EqualTo("edifact"));
        Assert.That(receipt.MessageType, Is.EqualTo("CUSDEC"));
        Assert.That(receipt.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))));
        Assert.That(receipt.Repeat, Is.False);
        Assert.That(receipt.Acks, Is.EqualTo($"/api/v1/messages/{receipt.Id}/acks"));
    }

    [Test]
    public async Task Post_jsonWhoseTypeIsNotUtf8_storedAndAccepted202()
    {
        // The type cannot be read (0xFF is never UTF-8); the message is stored all the same, for the validation to reject precisely.
        byte[] body = [.. "{\"documentType\":\"declaration"u8, 0xFF, .. "\",\"functionCode\":\"9\"}"u8];

        var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(body));
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(receipt!.Format, Is.EqualTo("json"));
        Assert.That(receipt.MessageType, Is.Null);
        Assert.That(receipt.Sha256, Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))));
    }

    [Test]
    public async Task Get_afterPost_statusReceivedWithTimeline()
    {
        var posted = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())));

        var message = await _client.GetFromJsonAsync<JsonElement>(posted.Headers.Location);

        Assert.That(message.GetProperty("status").GetString(), Is.EqualTo("received"));
        Assert.That(message.GetProperty("messageType").GetString(), Is.EqualTo("CUSDEC"));
        Assert.That(message.GetProperty("channel").GetString(), Is.EqualTo("https"));
        var timeline = message.GetProperty("timeline");
        Assert.That(timeline.GetArrayLength(), Is.EqualTo(1));
        Assert.That(timeline[0].GetProperty("step").GetString(), Is.EqualTo("received"));
        Assert.That(timeline[0].GetProperty("at").GetDateTimeOffset(), Is.EqualTo(DateTimeOffset.UtcNow).Within(TimeSpan.FromMinutes(1)));
    }

    [Test]
    public async Task Post_sameIdempotencyKeyTwice_secondGetsOriginalAnswerAndIsNotStoredAgain()
    {
        var key = "order-" + Guid.NewGuid();
        var body = Fixtures.Cusdec("SENDERA", Fixtures.NewReference());
        var first = await Submit(body, key);
        var second = await Submit(body, key);
        var one = await first.Content.ReadFromJsonAsync<ReceiptResponse>();
        var two = await second.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(two!.Id, Is.EqualTo(one!.Id));
        Assert.That(two.ReceivedAt, Is.EqualTo(one.ReceivedAt));
        Assert.That(second.Headers.Location, Is.EqualTo(first.Headers.Location));
        Assert.That(two.Repeat, Is.True);
        var list = await _client.GetFromJsonAsync<MessageListResponse>($"{MessagesApi.BasePath}?limit=500");
        Assert.That(list!.Items.Count(m => m.IdempotencyKey == key), Is.EqualTo(1));
    }

    [Test]
    public async Task Post_sameIdempotencyKeyOtherBody_422ProblemNamingTheHeaderAndNothingStored()
    {
        var key = "order-" + Guid.NewGuid();
        var original = Fixtures.Cusdec("SENDERA", Fixtures.NewReference());
        var first = await (await Submit(original, key)).Content.ReadFromJsonAsync<ReceiptResponse>();

        var response = await Submit(Fixtures.Cusdec("SENDERA", Fixtures.NewReference()), key);
        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonSerializer.Deserialize<JsonElement>(text);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnprocessableContent));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.Location, Is.Null);
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(422));
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.That(diagnostic.GetProperty("id").GetString(), Is.EqualTo("API0422"));
        Assert.That(diagnostic.GetProperty("location").GetString(), Is.EqualTo("header:Idempotency-Key"));
        Assert.That(text, Does.Not.Contain(first!.Id.ToString()));
        Assert.That(text, Does.Not.Contain(first.Sha256));
        var list = await _client.GetFromJsonAsync<MessageListResponse>($"{MessagesApi.BasePath}?limit=500");
        Assert.That(list!.Items.Where(m => m.IdempotencyKey == key).Select(m => m.Id), Is.EqualTo(new[] { first.Id }));

        // The original bytes with the key still get the original answer.
        var again = await (await Submit(original, key)).Content.ReadFromJsonAsync<ReceiptResponse>();
        Assert.That(again!.Id, Is.EqualTo(first.Id));
        Assert.That(again.Repeat, Is.True);
    }

    [Test]
    public async Task Post_keyAnotherPartnerUsedWithOtherBody_acceptedAsItsOwnMessage()
    {
        var key = "order-" + Guid.NewGuid();
        var ofA = await (await Submit(Fixtures.Cusdec("SENDERA", Fixtures.NewReference()), key)).Content.ReadFromJsonAsync<ReceiptResponse>();
        using var b = _factory.ClientFor(GatewayFactory.KeyB);
        var content = new ByteArrayContent(Fixtures.Cusdec("SENDERB", Fixtures.NewReference()));
        content.Headers.Add(SubmitMessageEndpoint.IdempotencyKeyHeader, key);

        var response = await b.PostAsync(MessagesApi.BasePath, content);
        var ofB = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(ofB!.Repeat, Is.False);
        Assert.That(ofB.Id, Is.Not.EqualTo(ofA!.Id));
    }

    [Test]
    public async Task Post_sameInterchangeTwice_secondGetsOriginalAnswer()
    {
        var body = Fixtures.Cusdec("SENDERA", Fixtures.NewReference());

        var one = await (await Submit(body)).Content.ReadFromJsonAsync<ReceiptResponse>();
        var two = await (await Submit(body)).Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(two!.Id, Is.EqualTo(one!.Id));
        Assert.That(two.Repeat, Is.True);
    }

    [Test]
    public async Task Post_sameInterchangeKeyOtherBytes_409ProblemNamingTheKeyBytesKeptAsRejected()
    {
        var reference = Fixtures.NewReference();
        var original = Fixtures.Cusdec("SENDERA", reference);
        var other = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(original).Replace("LRN-DEMO-0001", "LRN-DEMO-0002", StringComparison.Ordinal));
        Assert.That(other, Is.Not.EqualTo(original));
        var first = await (await Submit(original)).Content.ReadFromJsonAsync<ReceiptResponse>();

        var response = await Submit(other, "retry-" + Guid.NewGuid());
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(response.Headers.Location, Is.Null, "a refusal is not a receipt");
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(409));
        var detail = problem.GetProperty("detail").GetString();
        Assert.That(detail, Does.Contain($"UNB sender 'SENDERA', recipient 'UNIPASS', control reference '{reference}'").And.Contain(first!.Id.ToString()));
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.That(diagnostic.GetProperty("id").GetString(), Is.EqualTo("API0409"));
        Assert.That(diagnostic.GetProperty("location").GetString(), Is.EqualTo("body:UNB"));

        // The refused bytes are the partner's to look up: rejected, exactly as sent, and the timeline says why.
        var instance = problem.GetProperty("instance").GetString();
        var kept = await _client.GetFromJsonAsync<JsonElement>(instance);
        Assert.That(kept.GetProperty("status").GetString(), Is.EqualTo("rejected"));
        Assert.That(kept.GetProperty("sha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(other))));
        var steps = kept.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("step").GetString()).ToList();
        Assert.That(steps, Is.EqualTo(new[] { "received", "rejected" }));
        Assert.That(detail, Does.Contain(kept.GetProperty("id").GetString()));

        // The original bytes still get the original answer.
        var again = await (await Submit(original)).Content.ReadFromJsonAsync<ReceiptResponse>();
        Assert.That(again!.Id, Is.EqualTo(first.Id));
        Assert.That(again.Repeat, Is.True);
    }

    [Test]
    public async Task Post_declaredLengthOverLimit_413BeforeTheStoreIsCalled()
    {
        var before = _factory.Store.ReceiveCalls;
        var body = new byte[GatewayFactory.MaxBodyBytes + 1];
        "UNB+UNOC:3+SENDERA:ZZ"u8.CopyTo(body);

        var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(body));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(413));
        Assert.That(problem.GetProperty("diagnostics")[0].GetProperty("location").GetString(), Is.EqualTo("header:Content-Length"));
        Assert.That(_factory.Store.ReceiveCalls, Is.EqualTo(before));
    }

    [Test]
    public async Task Post_chunkedBodyOverLimit_413()
    {
        var content = new StreamContent(new MemoryStream(new byte[GatewayFactory.MaxBodyBytes + 10]));
        content.Headers.ContentLength = null;
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesApi.BasePath) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await _client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
    }

    [Test]
    public async Task Post_bodyAtLimit_accepted()
    {
        var body = new byte[GatewayFactory.MaxBodyBytes];
        Array.Fill(body, (byte)' ');
        "{\"documentType\":\"DEC\"}"u8.CopyTo(body);

        var response = await Submit(body);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
    }

    [Test]
    public async Task Post_emptyBody_400ProblemWithDiagnostic()
    {
        var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent([]));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("title").GetString(), Is.EqualTo("Empty message"));
        Assert.That(problem.GetProperty("type").GetString(), Does.StartWith("https://"));
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.That(diagnostic.GetProperty("id").GetString(), Is.EqualTo("API0001"));
        Assert.That(diagnostic.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(diagnostic.GetProperty("location").GetString(), Is.EqualTo("body"));
    }

    [TestCase("has space")]
    [TestCase("caf\u00e9")]
    public async Task Post_badIdempotencyKey_400NamingTheHeader(string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, MessagesApi.BasePath) { Content = new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())) };
        request.Headers.TryAddWithoutValidation(SubmitMessageEndpoint.IdempotencyKeyHeader, key);

        var response = await _client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("diagnostics")[0].GetProperty("location").GetString(), Is.EqualTo("header:Idempotency-Key"));
    }

    [Test]
    public async Task Post_idempotencyKeyTooLong_400()
    {
        var response = await Submit(Fixtures.Cusdec("SENDERA", Fixtures.NewReference()), new string('k', SubmitMessageEndpoint.MaxIdempotencyKeyLength + 1));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Post_messageTypeThePartnerMayNotSend_403AndNotStored()
    {
        // Partner B may send CUSDEC and CUSCAR only.
        using var b = _factory.ClientFor(GatewayFactory.KeyB);
        var before = _factory.Store.ReceiveCalls;

        var response = await b.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Paxlst()));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("PAXLST"));
        Assert.That(_factory.Store.ReceiveCalls, Is.EqualTo(before));
    }

    [TestCase("application/x-www-form-urlencoded")] // what curl --data-binary @file sends
    [TestCase("text/plain; charset=iso-8859-1")]
    [TestCase("application/EDIFACT")]
    [TestCase("application/octet-stream")]
    [TestCase("application/json")] // a wrong hint: the bytes decide
    [TestCase(null)]
    public async Task Post_edifactWithAnyHint_acceptedAndDetectedFromContent(string? contentType)
    {
        var content = new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference()));
        content.Headers.ContentType = contentType is null ? null : System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);

        var response = await _client.PostAsync(MessagesApi.BasePath, content);
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(receipt!.Format, Is.EqualTo("edifact"));
        Assert.That(receipt.MessageType, Is.EqualTo("CUSDEC"));
    }

    [Test]
    public async Task Post_wcoDeclarationAsTextXml_acceptedAsWcoXml()
    {
        var sample = SharedData.PathOf("samples/wco/declarations/TT_IM005a__TT_IM005a.xml");
        Assert.That(sample, Is.Not.Null, "../shared/samples is needed");
        var content = new ByteArrayContent(await File.ReadAllBytesAsync(sample!));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/xml");

        var response = await _client.PostAsync(MessagesApi.BasePath, content);
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(receipt!.Format, Is.EqualTo("wco-xml"));
    }

    [TestCase("multipart/form-data; boundary=x")]
    [TestCase("image/png")]
    public async Task Post_contentTypeThatIsNoMessage_415ProblemNamingTheHeaderAndNotStored(string contentType)
    {
        var before = _factory.Store.ReceiveCalls;
        var content = new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await _client.PostAsync(MessagesApi.BasePath, content);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.That(diagnostic.GetProperty("id").GetString(), Is.EqualTo("API0415"));
        Assert.That(diagnostic.GetProperty("location").GetString(), Is.EqualTo("header:Content-Type"));
        Assert.That(diagnostic.GetProperty("message").GetString(), Does.Contain(contentType.Split(';')[0]));
        Assert.That(_factory.Store.ReceiveCalls, Is.EqualTo(before));
    }

    private async Task<HttpResponseMessage> Submit(byte[] body, string? idempotencyKey = null)
    {
        var content = new ByteArrayContent(body);
        if (idempotencyKey is not null)
        {
            content.Headers.Add(SubmitMessageEndpoint.IdempotencyKeyHeader, idempotencyKey);
        }

        return await _client.PostAsync(MessagesApi.BasePath, content);
    }
}
