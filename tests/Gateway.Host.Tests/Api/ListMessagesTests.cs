using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.Api;

public sealed class ListMessagesTests
{
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;
    private readonly List<Guid> _ids = [];

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new GatewayFactory();
        _client = _factory.ClientFor(GatewayFactory.KeyA);
        for (var i = 0; i < 5; i++)
        {
            var response = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference())));
            _ids.Add((await response.Content.ReadFromJsonAsync<ReceiptResponse>())!.Id);
        }

        var pax = await _client.PostAsync(MessagesApi.BasePath, new ByteArrayContent(Fixtures.Paxlst()));
        _ids.Add((await pax.Content.ReadFromJsonAsync<ReceiptResponse>())!.Id);
        await _factory.CompleteAsync(_ids[0], AckKinds.Contrl, "application/EDIFACT", "UNB'"u8.ToArray(), MessageStatus.Rejected);
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Test]
    public async Task List_pagesOfTwo_walkEveryMessageNewestFirstByNextLinks()
    {
        var seen = new List<Guid>();
        string? next = $"{MessagesApi.BasePath}?limit=2";
        var pages = 0;
        while (next is not null)
        {
            var page = await _client.GetFromJsonAsync<MessageListResponse>(next);
            Assert.That(page!.Items, Has.Count.LessThanOrEqualTo(2));
            seen.AddRange(page.Items.Select(m => m.Id));
            next = page.Next;
            pages++;
        }

        Assert.That(pages, Is.EqualTo(3));
        Assert.That(seen, Is.EqualTo(Enumerable.Reverse(_ids).ToList()));
    }

    [Test]
    public async Task List_filterByType_onlyThatType()
    {
        var page = await _client.GetFromJsonAsync<MessageListResponse>($"{MessagesApi.BasePath}?type=PAXLST");

        Assert.That(page!.Items.Select(m => m.Id), Is.EqualTo(new[] { _ids[5] }));
    }

    [Test]
    public async Task List_filterByStatus_onlyThatStatus()
    {
        var page = await _client.GetFromJsonAsync<MessageListResponse>($"{MessagesApi.BasePath}?status=rejected");

        Assert.That(page!.Items.Select(m => m.Id), Is.EqualTo(new[] { _ids[0] }));
        Assert.That(page.Items[0].Status, Is.EqualTo("rejected"));
    }

    [Test]
    public async Task List_timeWindowInTheFuture_empty()
    {
        var from = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"));

        var page = await _client.GetFromJsonAsync<MessageListResponse>($"{MessagesApi.BasePath}?from={from}");

        Assert.That(page!.Items, Is.Empty);
        Assert.That(page.Next, Is.Null);
    }

    [Test]
    public async Task List_badParameters_400WithADiagnosticPerParameter()
    {
        var response = await _client.GetAsync($"{MessagesApi.BasePath}?status=done&limit=0&from=yesterday");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        var locations = problem.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("location").GetString()).ToList();
        Assert.That(locations, Is.EquivalentTo(new[] { "query:status", "query:limit", "query:from" }));
    }
}
