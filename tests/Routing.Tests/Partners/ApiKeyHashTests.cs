using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Routing.Tests.Partners;

public sealed class ApiKeyHashTests
{
    [Test]
    public void Of_knownKey_isSha256OfUtf8()
    {
        // SHA-256("abc"), FIPS 180-2 Appendix B.1.
        var hash = ApiKeyHash.Of("abc");

        Assert.That(hash.ToString(), Is.EqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    [Test]
    public void Matches_sameKey_true()
    {
        var hash = ApiKeyHash.Of("upk_0123456789abcdef");

        Assert.That(hash.Matches("upk_0123456789abcdef"), Is.True);
    }

    [TestCase("upk_0123456789abcdeF")]
    [TestCase("upk_0123456789abcde")]
    [TestCase("")]
    public void Matches_otherKey_false(string presented)
    {
        var hash = ApiKeyHash.Of("upk_0123456789abcdef");

        Assert.That(hash.Matches(presented), Is.False);
    }

    [Test]
    public void Matches_keyLongerThanLimit_falseWithoutHashing()
    {
        var hash = ApiKeyHash.Of("k");

        Assert.That(hash.Matches(new string('k', ApiKeyHash.MaxKeyLength + 1)), Is.False);
    }

    [Test]
    public void TryParse_textForm_roundTrips()
    {
        var hash = ApiKeyHash.Of("secret-key");

        var parsed = ApiKeyHash.TryParse(hash.ToString(), out var back);

        Assert.That(parsed, Is.True);
        Assert.That(back, Is.EqualTo(hash));
        Assert.That(back!.Matches("secret-key"), Is.True);
    }

    [TestCase(null)]
    [TestCase("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [TestCase("sha256:ba7816bf")]
    [TestCase("sha256:zz7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void TryParse_malformed_false(string? text)
    {
        Assert.That(ApiKeyHash.TryParse(text, out var hash), Is.False);
        Assert.That(hash, Is.Null);
    }

    [Test]
    public void Of_emptyKey_throws()
    {
        Assert.Throws<ArgumentException>(() => ApiKeyHash.Of(""));
    }
}
