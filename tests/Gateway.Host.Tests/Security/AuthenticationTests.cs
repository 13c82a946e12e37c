using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using UniPass.Gateway.Host.Tests.Support;

namespace UniPass.Gateway.Host.Tests.Security;

/// <summary>Every route except health, metrics and the API description answers 401 without a valid key.</summary>
public sealed class AuthenticationTests
{
    private GatewayFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new GatewayFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    private static IEnumerable<TestCaseData> Credentials()
    {
        yield return new TestCaseData(null).SetArgDisplayNames("no Authorization header");
        yield return new TestCaseData("Bearer upk_not-a-key-of-anyone").SetArgDisplayNames("unknown key");
        yield return new TestCaseData("Bearer ").SetArgDisplayNames("empty key");
        yield return new TestCaseData("Basic dXNlcjpwYXNz").SetArgDisplayNames("other scheme");
        yield return new TestCaseData($"Bearer {GatewayFactory.KeyA}x").SetArgDisplayNames("key with a character more");
        yield return new TestCaseData("Bearer " + new string('k', 10_000)).SetArgDisplayNames("oversized key");
    }

    [TestCaseSource(nameof(Credentials))]
    public async Task EveryPartnerRoute_withoutValidKey_401Problem(string? authorization)
    {
        using var client = _factory.ClientFor(null);
        var routes = ApiRoutes.Of(_factory.Services).Where(r => !r.AllowsAnonymous).ToList();
        Assert.That(routes, Is.Not.Empty);

        foreach (var route in routes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), ApiRoutes.Url(route.Pattern, Guid.NewGuid(), Guid.NewGuid()));
            if (authorization is not null)
            {
                request.Headers.TryAddWithoutValidation("Authorization", authorization);
            }

            if (route.Method == "POST")
            {
                request.Content = new ByteArrayContent(Fixtures.Cusdec());
            }

            var response = await client.SendAsync(request);

            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), route.ToString());
            Assert.That(response.Headers.WwwAuthenticate.Select(h => h.Scheme), Is.EqualTo(new[] { "Bearer" }), route.ToString());
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"), route.ToString());
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(401));
        }

        Assert.That(_factory.Store.ReceiveCalls, Is.Zero);
    }

    [TestCase("/healthz")]
    [TestCase("/readyz")]
    [TestCase("/metrics")]
    [TestCase("/openapi/v1.json")]
    public async Task OperationsRoute_withoutKey_200(string path)
    {
        using var client = _factory.ClientFor(null);

        var response = await client.GetAsync(path);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task PartnerRoute_validKey_200()
    {
        using var client = _factory.ClientFor(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", GatewayFactory.KeyB);

        var response = await client.GetAsync("/api/v1/messages");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task PartnerRoute_lowerCaseBearerScheme_accepted()
    {
        using var client = _factory.ClientFor(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/messages");
        request.Headers.TryAddWithoutValidation("Authorization", "bearer " + GatewayFactory.KeyA);

        var response = await client.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }
}
