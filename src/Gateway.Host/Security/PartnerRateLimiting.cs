using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Host.Api;

namespace UniPass.Gateway.Host.Security;

/// <summary>
/// One token bucket per authenticated partner (<see cref="RateLimitOptions"/>); anonymous endpoints (health,
/// metrics, OpenAPI) are not limited. Over budget is answered 429 with <c>Retry-After</c> (RFC 9110 §10.2.3).
/// </summary>
internal static class PartnerRateLimiting
{
    private const string Anonymous = "";

    public static IServiceCollection AddPartnerRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, options) =>
        {
            var budget = options.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var partner = context.User.FindFirst(ApiKeyAuthentication.PartnerClaim)?.Value;
                return partner is null
                    ? RateLimitPartition.GetNoLimiter(Anonymous)
                    : RateLimitPartition.GetTokenBucketLimiter(partner, _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = budget.Burst,
                        TokensPerPeriod = budget.RequestsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await Problems.Write(
                    context.HttpContext,
                    StatusCodes.Status429TooManyRequests,
                    "Too many requests",
                    $"The partner's request budget ({budget.RequestsPerSecond}/s, burst {budget.Burst}) is spent; retry after {retryAfter} s.");
            };
        });
        services.AddRateLimiter(_ => { });
        return services;
    }
}
