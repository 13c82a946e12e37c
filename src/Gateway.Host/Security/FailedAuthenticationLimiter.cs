using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace UniPass.Gateway.Host.Security;

/// <summary>
/// Throttles key guessing: one token bucket per remote address (IPv6 by its /64 network, which one host
/// usually controls whole) that every failed authentication drains (<see cref="RateLimitOptions.FailedAuthenticationBurst"/>,
/// refilled at <see cref="RateLimitOptions.FailedAuthenticationsPerMinute"/>). While an address's bucket is
/// empty its requests that carry credentials are answered 429 without the key being looked at. Buckets
/// that are full again carry no information and are dropped, so memory stays bounded by the addresses
/// that failed recently.
/// </summary>
internal sealed partial class FailedAuthenticationLimiter(IOptions<RateLimitOptions> options, TimeProvider timeProvider, ILogger<FailedAuthenticationLimiter> logger)
{
    /// <summary>Above this many tracked addresses, full buckets are swept out.</summary>
    private const int SweepAbove = 10_000;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly double _burst = options.Value.FailedAuthenticationBurst;
    private readonly double _perSecond = options.Value.FailedAuthenticationsPerMinute / 60.0;

    /// <summary>Whether <paramref name="address"/> has spent its failures; if so, how long until it may try again.</summary>
    public bool IsBlocked(IPAddress? address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (!_buckets.TryGetValue(KeyOf(address), out var bucket))
        {
            return false;
        }

        lock (bucket)
        {
            var tokens = Refill(bucket);
            if (tokens >= 1)
            {
                return false;
            }

            retryAfter = TimeSpan.FromSeconds((1 - tokens) / _perSecond);
            return true;
        }
    }

    /// <summary>Counts a failed authentication from <paramref name="address"/>.</summary>
    public void RecordFailure(IPAddress? address)
    {
        var key = KeyOf(address);
        var bucket = _buckets.GetOrAdd(key, _ => new Bucket(_burst, timeProvider.GetTimestamp()));
        bool exhausted;
        lock (bucket)
        {
            bucket.Tokens = Math.Max(0, Refill(bucket) - 1);
            exhausted = bucket.Tokens < 1 && !bucket.Reported;
            bucket.Reported |= exhausted;
        }

        if (exhausted)
        {
            LogBlocked(logger, key, options.Value.FailedAuthenticationBurst);
        }

        if (_buckets.Count > SweepAbove)
        {
            Sweep();
        }
    }

    private double Refill(Bucket bucket)
    {
        var now = timeProvider.GetTimestamp();
        bucket.Tokens = Math.Min(_burst, bucket.Tokens + (timeProvider.GetElapsedTime(bucket.At, now).TotalSeconds * _perSecond));
        bucket.At = now;
        if (bucket.Tokens >= 1)
        {
            bucket.Reported = false;
        }

        return bucket.Tokens;
    }

    private void Sweep()
    {
        foreach (var (key, bucket) in _buckets)
        {
            lock (bucket)
            {
                if (Refill(bucket) >= _burst)
                {
                    _buckets.TryRemove(key, out _);
                }
            }
        }
    }

    private static string KeyOf(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes) + "/64";
    }

    private sealed class Bucket(double tokens, long at)
    {
        public double Tokens { get; set; } = tokens;

        public long At { get; set; } = at;

        public bool Reported { get; set; }
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Address {Address} failed to authenticate {Burst} times in a row; its requests with credentials are refused (429) until its budget refills.")]
    private static partial void LogBlocked(ILogger logger, string address, int burst);
}
