using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Routing.Tests.Partners;

public sealed class PartnerTests
{
    private static Partner Carrier(params string[] types) => new(
        "carrier-1",
        "Carrier One",
        [ApiKeyHash.Of("key")],
        [new EdifactSenderIdentity("CARRIER1", "ZZ"), new EdifactSenderIdentity("4012345000009", null)],
        ["GB123456789000"],
        types,
        AckPreferences.Default);

    [TestCase("CARRIER1", "ZZ", true)]
    [TestCase("CARRIER1", "14", false)]
    [TestCase("CARRIER1", null, false)]
    [TestCase("carrier1", "ZZ", false)]
    [TestCase("4012345000009", "14", true)]
    [TestCase("4012345000009", null, true)]
    [TestCase("OTHER", "ZZ", false)]
    public void MaySendAs_unbSender_matchesConfiguredIdentities(string id, string? qualifier, bool expected)
    {
        Assert.That(Carrier("*").MaySendAs(id, qualifier), Is.EqualTo(expected));
    }

    [TestCase("GB123456789000", true)]
    [TestCase("GB000000000000", false)]
    public void MayDeclareAs_declarantId_matchesConfiguredIds(string declarant, bool expected)
    {
        Assert.That(Carrier("*").MayDeclareAs(declarant), Is.EqualTo(expected));
    }

    [TestCase("CUSCAR", true)]
    [TestCase("cuscar", true)]
    [TestCase("PAXLST", false)]
    public void Allows_listedTypes_ignoresCase(string type, bool expected)
    {
        Assert.That(Carrier("CUSCAR", "CUSDEC").Allows(type), Is.EqualTo(expected));
    }

    [Test]
    public void Allows_wildcard_allowsAnyType()
    {
        Assert.That(Carrier(Partner.AnyMessageType).Allows("PAXLST"), Is.True);
    }

    [Test]
    public void Allows_noTypes_allowsNothing()
    {
        Assert.That(Carrier().Allows("CUSDEC"), Is.False);
    }

    [TestCase("SENDER", "SENDER", null)]
    [TestCase("SENDER:ZZ", "SENDER", "ZZ")]
    [TestCase("A:B:14", "A:B", "14")]
    public void Parse_configurationForm_splitsIdAndQualifier(string text, string id, string? qualifier)
    {
        Assert.That(EdifactSenderIdentity.Parse(text), Is.EqualTo(new EdifactSenderIdentity(id, qualifier)));
    }
}
