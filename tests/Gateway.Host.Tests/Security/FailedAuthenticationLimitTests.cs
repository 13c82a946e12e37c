using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UniPass.Gateway.Host.Security;
using UniPass.Gateway.Host.Tests.Support;

namespace UniPass.Gateway.Host.Tests.Security;

/// <summary>Key guessing is throttled per remote address: failed authentications drain a budget that refills slowly.</summary>
public sealed class FailedAuthenticationLimitTests
{
    [Test]
    public async Task Requests_badKeysBeyondTheBudget_429WithRetryAfterAndTheKeyIsNotChecked()
    {
        using var factory = new GatewayFactory(new Dictionary<string, string?>
        {
            ["RateLimit:FailedAuthenticationBurst"] = "3",
            ["RateLimit:FailedAuthenticationsPerMinute"] = "6",
        });
        using var guesser = factory.ClientFor("upk_guess-0001");
        using var valid = factory.ClientFor(GatewayFactory.KeyA);
        Assert.That((await valid.GetAsync("/api/v1/messages")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await guesser.GetAsync("/api/v1/messages")).StatusCode);
        }

        var limited = await guesser.GetAsync("/api/v1/messages");
        var fromSameAddress = await valid.GetAsync("/api/v1/messages");
        var anonymousProbe = await factory.ClientFor(null).GetAsync("/healthz");

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(limited.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Headers.RetryAfter?.Delta, Is.EqualTo(TimeSpan.FromSeconds(10)), "one failure refills in 60/6 s");
        var problem = await limited.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(429));
        Assert.That(fromSameAddress.StatusCode, Is.EqualTo(HttpStatusCode.TooManyRequests), "while the address is blocked no key is looked at");
        Assert.That(anonymousProbe.StatusCode, Is.EqualTo(HttpStatusCode.OK), "probes carry no credentials and are not blocked");
    }

    [Test]
    public void IsBlocked_budgetSpent_refillsAtTheConfiguredRate()
    {
        var time = new FakeTimeProvider();
        var limiter = Limiter(time, burst: 2, perMinute: 6);
        var address = IPAddress.Parse("192.0.2.10");

        limiter.RecordFailure(address);
        var afterOne = limiter.IsBlocked(address, out _);
        limiter.RecordFailure(address);
        var afterTwo = limiter.IsBlocked(address, out var wait);
        time.Advance(TimeSpan.FromSeconds(9));
        var after9s = limiter.IsBlocked(address, out _);
        time.Advance(TimeSpan.FromSeconds(1));
        var after10s = limiter.IsBlocked(address, out _);

        Assert.That(afterOne, Is.False);
        Assert.That(afterTwo, Is.True);
        Assert.That(wait, Is.EqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(after9s, Is.True);
        Assert.That(after10s, Is.False);
        Assert.That(limiter.IsBlocked(IPAddress.Parse("192.0.2.11"), out _), Is.False, "other addresses keep their budget");
    }

    [Test]
    public void IsBlocked_ipv6_sameSlash64SharesOneBudget()
    {
        var limiter = Limiter(new FakeTimeProvider(), burst: 1, perMinute: 1);

        limiter.RecordFailure(IPAddress.Parse("2001:db8:1:2::1"));

        Assert.That(limiter.IsBlocked(IPAddress.Parse("2001:db8:1:2:ffff::9"), out _), Is.True, "one host controls its whole /64");
        Assert.That(limiter.IsBlocked(IPAddress.Parse("2001:db8:1:3::1"), out _), Is.False);
        Assert.That(limiter.IsBlocked(IPAddress.Parse("::ffff:192.0.2.10"), out _), Is.False);
    }

    private static FailedAuthenticationLimiter Limiter(TimeProvider time, int burst, int perMinute) => new(
        Options.Create(new RateLimitOptions { FailedAuthenticationBurst = burst, FailedAuthenticationsPerMinute = perMinute }),
        time,
        NullLogger<FailedAuthenticationLimiter>.Instance);
}
