using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Tests.Api;

/// <summary>
/// A partner sees only its own messages and acknowledgements, on every route. The routes come from the running
/// app: a route added without a case here fails <see cref="Routes_everyPartnerRoute_hasAnIsolationCase"/>.
/// </summary>
public sealed class PartnerIsolationTests
{
    private GatewayFactory _factory = null!;
    private HttpClient _a = null!;
    private HttpClient _b = null!;
    private Guid _messageOfA;
    private Guid _ackOfA;

    /// <summary>Routes that carry no partner data (health, metrics, the API description).</summary>
    private static readonly string[] AnonymousRoutes =
    [
        "GET /healthz",
        "GET /readyz",
        "GET /metrics",
        "GET /openapi/{documentName}.json",
    ];

    /// <summary>One isolation case per partner route: partner B tries to reach partner A's data.</summary>
    private static readonly Dictionary<string, Func<PartnerIsolationTests, string, Task>> Cases = new()
    {
        ["POST /api/v1/messages"] = (t, p) => t.SubmitWithAnotherPartnersIdempotencyKey_isNotTheirMessage(p),
        ["GET /api/v1/messages"] = (t, p) => t.List_otherPartner_doesNotShowTheMessage(p),
        ["GET /api/v1/messages/{id:guid}"] = (t, p) => t.Get_otherPartnersId_answersLikeUnknown(p),
        ["GET /api/v1/messages/{id:guid}/acks"] = (t, p) => t.Get_otherPartnersId_answersLikeUnknown(p),
        ["GET /api/v1/messages/{id:guid}/acks/{ackId:guid}"] = (t, p) => t.Get_otherPartnersId_answersLikeUnknown(p),
    };

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _factory = new GatewayFactory();
        _a = _factory.ClientFor(GatewayFactory.KeyA);
        _b = _factory.ClientFor(GatewayFactory.KeyB);
        var submit = new ByteArrayContent(Fixtures.Cusdec("SENDERA", Fixtures.NewReference()));
        submit.Headers.Add(SubmitMessageEndpoint.IdempotencyKeyHeader, "shared-key-1");
        var response = await _a.PostAsync(MessagesApi.BasePath, submit);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        _messageOfA = (await response.Content.ReadFromJsonAsync<ReceiptResponse>())!.Id;
        _ackOfA = (await _factory.CompleteAsync(_messageOfA, AckKinds.Contrl, "application/EDIFACT", "UNB+UNOC:3+UNIPASS+SENDERA+261129:1200+1'"u8.ToArray(), MessageStatus.Routed)).Id;
    }

    [OneTimeTearDown]
    public void Stop()
    {
        _a.Dispose();
        _b.Dispose();
        _factory.Dispose();
    }

    [Test]
    public void Routes_everyPartnerRoute_hasAnIsolationCase()
    {
        var routes = ApiRoutes.Of(_factory.Services);
        var partnerRoutes = routes.Where(r => !r.AllowsAnonymous).Select(r => r.ToString()).ToList();
        var anonymous = routes.Where(r => r.AllowsAnonymous).Select(r => r.ToString()).ToList();

        Assert.That(partnerRoutes, Is.Not.Empty);
        Assert.That(partnerRoutes, Is.EquivalentTo(Cases.Keys), "every route that serves a partner needs an isolation case");
        Assert.That(anonymous, Is.EquivalentTo(AnonymousRoutes), "a new anonymous route must be justified here");
    }

    [TestCaseSource(nameof(CaseNames))]
    public async Task Route_otherPartner_seesNothingOfTheFirst(string route)
    {
        await Cases[route](this, route.Split(' ', 2)[1]);
    }

    private static IEnumerable<string> CaseNames() => Cases.Keys;

    private async Task SubmitWithAnotherPartnersIdempotencyKey_isNotTheirMessage(string pattern)
    {
        var submit = new ByteArrayContent(Fixtures.Cusdec("SENDERB", Fixtures.NewReference()));
        submit.Headers.Add(SubmitMessageEndpoint.IdempotencyKeyHeader, "shared-key-1");

        var response = await _b.PostAsync(pattern, submit);
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(receipt!.Id, Is.Not.EqualTo(_messageOfA));
        Assert.That(receipt.Repeat, Is.False);
    }

    private async Task List_otherPartner_doesNotShowTheMessage(string pattern)
    {
        var ofA = await _a.GetFromJsonAsync<MessageListResponse>(pattern);
        var ofB = await _b.GetFromJsonAsync<MessageListResponse>(pattern);

        Assert.That(ofA!.Items.Select(m => m.Id), Does.Contain(_messageOfA));
        Assert.That(ofB!.Items.Select(m => m.Id), Does.Not.Contain(_messageOfA));
    }

    private async Task Get_otherPartnersId_answersLikeUnknown(string pattern)
    {
        var owner = await _a.GetAsync(ApiRoutes.Url(pattern, _messageOfA, _ackOfA));
        var other = await _b.GetAsync(ApiRoutes.Url(pattern, _messageOfA, _ackOfA));
        var unknownId = Guid.NewGuid();
        var unknown = await _b.GetAsync(ApiRoutes.Url(pattern, unknownId, Guid.NewGuid()));

        Assert.That(owner.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the owner reaches it");
        Assert.That(other.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(other.Content.Headers.ContentType?.MediaType, Is.EqualTo(unknown.Content.Headers.ContentType?.MediaType));
        Assert.That(await Normalized(other, _messageOfA), Is.EqualTo(await Normalized(unknown, unknownId)));
    }

    /// <summary>The problem document with the per-request trace id dropped and the requested id made generic.</summary>
    private static async Task<string> Normalized(HttpResponseMessage response, Guid id)
    {
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString().Replace(id.ToString(), "{id}", StringComparison.Ordinal);
    }
}
