using UniPass.Gateway.Benchmarks.Cli;

namespace UniPass.Gateway.Benchmarks.Tests.Cli;

public sealed class ByteSizeTests
{
    [TestCase("1GB", 1L << 30)]
    [TestCase("100MB", 100L << 20)]
    [TestCase("64kb", 64L << 10)]
    [TestCase("4096", 4096L)]
    [TestCase("12B", 12L)]
    public void TryParse_validSize_returnsBytes(string text, long expected)
    {
        Assert.That(ByteSize.TryParse(text, out var bytes), Is.True);
        Assert.That(bytes, Is.EqualTo(expected));
    }

    [TestCase("")]
    [TestCase("GB")]
    [TestCase("0MB")]
    [TestCase("-1MB")]
    [TestCase("1.5GB")]
    [TestCase("1TB")]
    [TestCase("99999999999999GB")]
    public void TryParse_invalidSize_returnsFalse(string text)
    {
        Assert.That(ByteSize.TryParse(text, out _), Is.False);
    }
}
