using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Wco.Tests.Model;

public sealed class CodeValueTests
{
    [TestCase("090111", true)]
    [TestCase("09011100", true)]
    [TestCase("0901110000", true)]
    [TestCase("0901", false)]
    [TestCase("0901110", false)]
    [TestCase("09011A", false)]
    [TestCase("", false)]
    public void HsCode_TryParse_acceptsSixEightOrTenDigits(string text, bool expected)
    {
        Assert.That(HsCode.TryParse(text, out _, out var error), Is.EqualTo(expected));
        Assert.That(error is null, Is.EqualTo(expected));
    }

    [Test]
    public void HsCode_chapterHeadingSubheading_comeFromTheDigits()
    {
        var code = CodeValue.Parse<HsCode>("2203000100");

        Assert.That(code.Chapter, Is.EqualTo(22));
        Assert.That(code.Heading, Is.EqualTo("2203"));
        Assert.That(code.Subheading, Is.EqualTo("220300"));
    }

    [TestCase("GB", true)]
    [TestCase("gb", false)]
    [TestCase("GBR", false)]
    public void CountryCode_TryParse_acceptsTwoCapitalLetters(string text, bool expected) =>
        Assert.That(CountryCode.TryParse(text, out _, out _), Is.EqualTo(expected));

    [TestCase("GBBEL", true)]
    [TestCase("NLRTM", true)]
    [TestCase("DEHA2", true)]
    [TestCase("DEHA1", false)]
    [TestCase("GBBE", false)]
    public void UnLocode_TryParse_followsRecommendation16(string text, bool expected) =>
        Assert.That(UnLocode.TryParse(text, out _, out _), Is.EqualTo(expected));

    [Test]
    public void UnLocode_Country_isTheFirstTwoLetters() =>
        Assert.That(CodeValue.Parse<UnLocode>("NLRTM").Country.Value, Is.EqualTo("NL"));

    [Test]
    public void Default_codeValues_areEmptyAndNeverThrow()
    {
        Assert.That(default(HsCode).Chapter, Is.Zero);
        Assert.That(default(HsCode).Heading, Is.Empty);
        Assert.That(default(HsCode).Subheading, Is.Empty);
        Assert.That(default(UnLocode).Country.IsEmpty, Is.True);
        Assert.That(default(Lrn).Value, Is.Empty);
        Assert.That(default(Lrn).ToString(), Is.Empty);
        Assert.That(default(Lrn).IsEmpty, Is.True);
        Assert.That(CodeValue.Parse<Lrn>("L1").IsEmpty, Is.False);
        Assert.That(default(AirportCode).Value, Is.Empty);
        Assert.That(() => default(CurrencyCode).GetHashCode(), Throws.Nothing);
    }

    [Test]
    public void CodeValue_Parse_badValue_throwsWithTheExpectedShape()
    {
        var e = Assert.Throws<FormatException>(() => CodeValue.Parse<CurrencyCode>("euro"));
        Assert.That(e!.Message, Does.Contain("ISO 4217"));
    }

    [Test]
    public void UniqueCargoReference_ToString_joinsManifestMasterAndHouse()
    {
        Assert.That(new UniqueCargoReference("MAN1", "MBL1", "HBL1").ToString(), Is.EqualTo("MAN1/MBL1/HBL1"));
        Assert.That(new UniqueCargoReference("MAN1", "MBL1").ToString(), Is.EqualTo("MAN1/MBL1/"));
    }
}
