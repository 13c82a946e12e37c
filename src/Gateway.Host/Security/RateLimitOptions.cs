namespace UniPass.Gateway.Host.Security;

/// <summary>
/// The per-partner request budget (configuration section <c>RateLimit</c>): a token bucket per partner; and the
/// budget of failed authentications per remote address (<see cref="FailedAuthenticationLimiter"/>).
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Sustained requests per second per partner. Default 2,000.</summary>
    public int RequestsPerSecond { get; set; } = 2000;

    /// <summary>Requests a partner may make at once above the sustained rate. Default 4,000.</summary>
    public int Burst { get; set; } = 4000;

    /// <summary>
    /// Failed authentications (unknown, malformed or empty keys) one remote address may make in a row before
    /// its requests with credentials are answered 429. Default 20.
    /// </summary>
    public int FailedAuthenticationBurst { get; set; } = 20;

    /// <summary>How fast an address's failure budget refills, per minute. Default 10.</summary>
    public int FailedAuthenticationsPerMinute { get; set; } = 10;
}
