using System.Text;
using UniPass.Gateway.Routing.Tests.Fixtures;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>The canonical JSON declaration fixture with another LRN (the routing key) and message function.</summary>
public static class Declarations
{
    public static byte[] Json(string lrn, string functionCode = "9")
    {
        var json = Encoding.UTF8.GetString(Fixture.Bytes("declaration.json"))
            .Replace("\"LRN-2026-0001\"", $"\"{lrn}\"", StringComparison.Ordinal)
            .Replace("\"functionCode\": \"9\"", $"\"functionCode\": \"{functionCode}\"", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(json);
    }
}
