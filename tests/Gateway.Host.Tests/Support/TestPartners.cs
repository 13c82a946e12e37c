using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Host.Tests.Support;

/// <summary>
/// The two partners every gateway under test knows, as configuration: A (UNB sender <c>SENDERA</c>, every message
/// type, any declarant) and B (<c>SENDERB</c>, CUSDEC and CUSCAR only), with API keys the tests hold. The demo partner is off.
/// </summary>
internal static class TestPartners
{
    public const string PartnerA = "partner-a";
    public const string PartnerB = "partner-b";
    public const string KeyA = "upk_test-key-of-partner-a-7d1f0c2b9e";
    public const string KeyB = "upk_test-key-of-partner-b-41aa96e3c0";

    /// <summary>Configuration keys and values (<c>Section:Key</c>) that register A and B under the given ids.</summary>
    public static Dictionary<string, string?> Settings(string idA = PartnerA, string idB = PartnerB) => new()
    {
        ["Partners:Demo:Enabled"] = "false",
        ["Partners:Entries:0:Id"] = idA,
        ["Partners:Entries:0:ApiKeyHashes:0"] = ApiKeyHash.Of(KeyA).ToString(),
        ["Partners:Entries:0:EdifactSenders:0"] = "SENDERA:ZZ",
        ["Partners:Entries:0:MessageTypes:0"] = "*",

        // A may name any declarant (the samples' EORIs are many): a trusted intermediary. B names none.
        ["Partners:Entries:0:DeclarantIds:0"] = "*",
        ["Partners:Entries:1:Id"] = idB,
        ["Partners:Entries:1:ApiKeyHashes:0"] = ApiKeyHash.Of(KeyB).ToString(),
        ["Partners:Entries:1:EdifactSenders:0"] = "SENDERB:ZZ",
        ["Partners:Entries:1:MessageTypes:0"] = "CUSDEC",
        ["Partners:Entries:1:MessageTypes:1"] = "CUSCAR",
    };
}
