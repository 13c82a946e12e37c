using System.Security.Cryptography;
using System.Text;

namespace UniPass.Gateway.Routing.Partners;

/// <summary>
/// The SHA-256 digest of a partner's API key: the only form in which a key is kept. Keys are
/// high-entropy random strings, so a fast unsalted digest is enough (no dictionary to attack);
/// comparisons are constant-time so that response timing leaks nothing about a stored digest.
/// </summary>
public sealed class ApiKeyHash : IEquatable<ApiKeyHash>
{
    /// <summary>Prefix of the text form, so that configuration says what the value is.</summary>
    public const string TextPrefix = "sha256:";

    private const int DigestLength = 32;

    /// <summary>Keys longer than this are never hashed (bounded work for any request header).</summary>
    public const int MaxKeyLength = 512;

    private readonly byte[] _digest;

    private ApiKeyHash(byte[] digest)
    {
        _digest = digest;
    }

    /// <summary>The digest of a clear key.</summary>
    public static ApiKeyHash Of(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > MaxKeyLength)
        {
            throw new ArgumentException($"An API key has 1 to {MaxKeyLength} characters.", nameof(key));
        }

        Span<byte> utf8 = stackalloc byte[Encoding.UTF8.GetMaxByteCount(key.Length)];
        var written = Encoding.UTF8.GetBytes(key, utf8);
        var digest = SHA256.HashData(utf8[..written]);
        CryptographicOperations.ZeroMemory(utf8);
        return new ApiKeyHash(digest);
    }

    /// <summary>Parses <c>sha256:&lt;64 hex digits&gt;</c> as written by <see cref="ToString"/>.</summary>
    public static bool TryParse(string? text, out ApiKeyHash? hash)
    {
        hash = null;
        if (text is null || !text.StartsWith(TextPrefix, StringComparison.Ordinal) || text.Length != TextPrefix.Length + (DigestLength * 2))
        {
            return false;
        }

        try
        {
            hash = new ApiKeyHash(Convert.FromHexString(text.AsSpan(TextPrefix.Length)));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="key"/> hashes to this digest, in time independent of where they differ.</summary>
    public bool Matches(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty || key.Length > MaxKeyLength)
        {
            return false;
        }

        return Matches(Of(key));
    }

    /// <summary>Constant-time comparison with another digest.</summary>
    public bool Matches(ApiKeyHash other) => CryptographicOperations.FixedTimeEquals(_digest, other._digest);

    public bool Equals(ApiKeyHash? other) => other is not null && Matches(other);

    public override bool Equals(object? obj) => Equals(obj as ApiKeyHash);

    public override int GetHashCode() => BitConverter.ToInt32(_digest, 0);

    public override string ToString() => TextPrefix + Convert.ToHexStringLower(_digest);
}
