using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Tests.Support;

namespace UniPass.Gateway.Host.Tests.Api;

/// <summary>
/// A partner sees only its own messages and acknowledgements, on every route. The routes come from the running
/// app: a route added without a case here fails <see cref="Routes_everyPartnerRoute_hasAnIsolationCase"/>. Each
/// derived fixture runs the same cases against a gateway of its own setting (in-process, or real HTTPS).
/// </summary>
public abstract class PartnerIsolationContract
{
    private const string SharedIdempotencyKey = "shared-key-1";

    /// <summary>Routes that carry no partner data (health, metrics, the API description).</summary>
    private static readonly string[] AnonymousRoutes =
    [
        "GET /healthz",
        "GET /readyz",
        "GET /metrics",
        "GET /openapi/{documentName}.json",
    ];

    /// <summary>One isolation case per partner route: partner B tries to reach partner A's data.</summary>
    private static readonly Dictionary<string, Func<PartnerIsolationContract, string, Task>> Cases = new()
    {
        ["POST /api/v1/messages"] = (t, p) => t.SubmitWithAnotherPartnersIdempotencyKey_isNotTheirMessage(p),
        ["GET /api/v1/messages"] = (t, p) => t.List_otherPartner_doesNotShowTheMessage(p),
        ["GET /api/v1/messages/{id:guid}"] = (t, p) => t.Get_otherPartnersId_answersLikeUnknown(p),
        ["GET /api/v1/messages/{id:guid}/acks"] = (t, p) => t.Get_otherPartnersId_answersLikeUnknown(p),
        ["GET /api/v1/messages/{id:guid}/acks/{ackId:guid}"] = (t, p) => t.Get_otherPartnersId_answersLikeUnknown(p),
    };

    private Guid _messageOfA;
    private Guid _ackOfA;

    /// <summary>The running app's services (for its routes).</summary>
    protected IServiceProvider Services { get; set; } = null!;

    /// <summary>Partner A's client.</summary>
    protected HttpClient A { get; set; } = null!;

    /// <summary>Partner B's client.</summary>
    protected HttpClient B { get; set; } = null!;

    [OneTimeSetUp]
    public async Task SetUpAsync()
    {
        await StartAsync();
        _messageOfA = (await A.SubmitAsync(MessageOfA(), SharedIdempotencyKey)).Id;
        _ackOfA = await AckOfAsync(_messageOfA);
    }

    [OneTimeTearDown]
    public async Task TearDownAsync()
    {
        A?.Dispose();
        B?.Dispose();
        await StopAsync();
    }

    [Test]
    public void Routes_everyPartnerRoute_hasAnIsolationCase()
    {
        var routes = ApiRoutes.Of(Services);
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

    /// <summary>Starts the gateway and sets <see cref="Services"/>, <see cref="A"/> and <see cref="B"/>.</summary>
    protected abstract Task StartAsync();

    protected abstract Task StopAsync();

    /// <summary>The id of an acknowledgement of partner A's message <paramref name="messageId"/> (made or awaited).</summary>
    protected abstract Task<Guid> AckOfAsync(Guid messageId);

    /// <summary>The message partner A submits.</summary>
    protected virtual byte[] MessageOfA() => Fixtures.Cusdec("SENDERA", Fixtures.NewReference());

    private static IEnumerable<string> CaseNames() => Cases.Keys;

    private async Task SubmitWithAnotherPartnersIdempotencyKey_isNotTheirMessage(string pattern)
    {
        using var response = await B.PostAsync(pattern, GatewayApi.Content(Fixtures.Cusdec("SENDERB", Fixtures.NewReference()), SharedIdempotencyKey));
        var receipt = await response.Content.ReadFromJsonAsync<ReceiptResponse>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Accepted));
        Assert.That(receipt!.Id, Is.Not.EqualTo(_messageOfA));
        Assert.That(receipt.Repeat, Is.False);
    }

    private async Task List_otherPartner_doesNotShowTheMessage(string pattern)
    {
        var ofA = await A.GetFromJsonAsync<MessageListResponse>(pattern);
        var ofB = await B.GetFromJsonAsync<MessageListResponse>(pattern);

        Assert.That(ofA!.Items.Select(m => m.Id), Does.Contain(_messageOfA));
        Assert.That(ofB!.Items.Select(m => m.Id), Does.Not.Contain(_messageOfA));
    }

    private async Task Get_otherPartnersId_answersLikeUnknown(string pattern)
    {
        using var owner = await A.GetAsync(ApiRoutes.Url(pattern, _messageOfA, _ackOfA));
        using var other = await B.GetAsync(ApiRoutes.Url(pattern, _messageOfA, _ackOfA));
        var unknownId = Guid.NewGuid();
        using var unknown = await B.GetAsync(ApiRoutes.Url(pattern, unknownId, Guid.NewGuid()));

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
