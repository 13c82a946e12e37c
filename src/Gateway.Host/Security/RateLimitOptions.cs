namespace UniPass.Gateway.Host.Security;

/// <summary>The per-partner request budget (configuration section <c>RateLimit</c>): a token bucket per partner.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Sustained requests per second per partner. Default 2,000.</summary>
    public int RequestsPerSecond { get; set; } = 2000;

    /// <summary>Requests a partner may make at once above the sustained rate. Default 4,000.</summary>
    public int Burst { get; set; } = 4000;
}
