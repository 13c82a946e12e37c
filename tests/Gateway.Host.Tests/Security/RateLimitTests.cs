using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using UniPass.Gateway.Host.Tests.Support;

namespace UniPass.Gateway.Host.Tests.Security;

public sealed class RateLimitTests
{
    private GatewayFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new GatewayFactory(new Dictionary<string, string?>
    {
        ["RateLimit:RequestsPerSecond"] = "1",
        ["RateLimit:Burst"] = "3",
    });

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task Requests_overPartnersBudget_429WithRetryAfterWhileOtherPartnerAndProbesPass()
    {
        using var a = _factory.ClientFor(GatewayFactory.KeyA);
        using var b = _factory.ClientFor(GatewayFactory.KeyB);
        using var anonymous = _factory.ClientFor(null);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await a.GetAsync("/api/v1/messages")).StatusCode);
        }

        var limited = await a.GetAsync("/api/v1/messages");
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(statuses.Take(3), Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(statuses.Skip(3), Has.Some.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1)));
        Assert.That(limited.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(429));
        Assert.That((await b.GetAsync("/api/v1/messages")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "partner B has its own budget");
        Assert.That((await anonymous.GetAsync("/healthz")).StatusCode, Is.EqualTo(HttpStatusCode.OK), "probes are not limited");
    }
}
