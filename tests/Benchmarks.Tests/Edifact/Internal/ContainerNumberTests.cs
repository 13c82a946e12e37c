using System.Text;
using UniPass.Gateway.Benchmarks.Edifact.Internal;

namespace UniPass.Gateway.Benchmarks.Tests.Edifact.Internal;

public sealed class ContainerNumberTests
{
    // CSQU 305438 3 is the example commonly quoted for ISO 6346; the others are worked by hand.
    [TestCase("CSQU", 305438, "CSQU3054383")]
    [TestCase("MSCU", 0, "MSCU0000007")]
    [TestCase("ZZZU", 999999, "ZZZU9999992")]
    public void Write_ownerAndSerial_appendsIso6346CheckDigit(string owner, int serial, string expected)
    {
        Span<byte> destination = stackalloc byte[ContainerNumber.Length];

        var written = ContainerNumber.Write(destination, Encoding.ASCII.GetBytes(owner), serial);

        Assert.That(Encoding.ASCII.GetString(written), Is.EqualTo(expected));
    }
}
