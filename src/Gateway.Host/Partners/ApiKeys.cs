using System.Buffers.Text;
using System.Security.Cryptography;

namespace UniPass.Gateway.Host.Partners;

/// <summary>Makes API keys: <c>upk_</c> and 32 random bytes in base64url (256 bits of entropy).</summary>
public static class ApiKeys
{
    public const string Prefix = "upk_";

    private const int EntropyBytes = 32;

    public static string Create()
    {
        Span<byte> random = stackalloc byte[EntropyBytes];
        RandomNumberGenerator.Fill(random);
        return Prefix + Base64Url.EncodeToString(random);
    }
}
