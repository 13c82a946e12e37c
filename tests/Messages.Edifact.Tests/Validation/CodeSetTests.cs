using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>The byte lookup of a code list: every length packed (one to seven bytes), longer codes through the list, near misses rejected.</summary>
public sealed class CodeSetTests
{
    private static readonly string[] Codes = ["1", "Z", "12", "ZZ", "745", "ZZZ", "1234", "ABCDE", "ABCDEF", "ABCDEFG", "ABCDEFGH", "LONGER-THAN-SEVEN"];

    [Test]
    public void Contains_everyCode_true([ValueSource(nameof(Codes))] string code)
    {
        var set = new CodeSet(new CodeList("9999", Codes));

        Assert.That(set.Contains(Encoding.ASCII.GetBytes(code)), Is.True);
    }

    [TestCase("")]
    [TestCase("2")]
    [TestCase("z")]
    [TestCase("1 ")]
    [TestCase("745 ")]
    [TestCase("74")]
    [TestCase("7450")]
    [TestCase("123")]
    [TestCase("12345")]
    [TestCase("ABCDEX")]
    [TestCase("XBCDEF")]
    [TestCase("ABCDEFX")]
    [TestCase("ABCDEFGX")]
    [TestCase("ABCDEFG ")]
    [TestCase("LONGER-THAN-SEVEN!")]
    public void Contains_nearMiss_false(string value)
    {
        var set = new CodeSet(new CodeList("9999", Codes));

        Assert.That(set.Contains(Encoding.ASCII.GetBytes(value)), Is.False);
    }

    [Test]
    public void Contains_largeList_findsEachCodeAndNoOther()
    {
        // UNCL 3055-sized and larger: the table grows with the list and stays sparse enough to end each probe.
        var codes = Enumerable.Range(0, 5000).Select(i => i.ToString("D", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var set = new CodeSet(new CodeList("9999", codes));

        Assert.Multiple(() =>
        {
            Assert.That(codes.All(c => set.Contains(Encoding.ASCII.GetBytes(c))), Is.True);
            Assert.That(Enumerable.Range(5000, 5000).Any(i => set.Contains(Encoding.ASCII.GetBytes(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))), Is.False);
            Assert.That(set.Contains("0001"u8), Is.False);
        });
    }

    [Test]
    public void Contains_nonAsciiBytes_false()
    {
        var set = new CodeSet(new CodeList("9999", ["A", "AB"]));

        Assert.That(set.Contains([0xC4]), Is.False);
        Assert.That(set.Contains([(byte)'A', 0xC4]), Is.False);
    }
}
