using UniPass.Gateway.Benchmarks.Edifact;
using UniPass.Gateway.Benchmarks.Tests.Support;

namespace UniPass.Gateway.Benchmarks.Tests.Edifact;

public sealed class InterchangeGeneratorTests
{
    private const long OneMiB = 1 << 20;

    [TestCase(InterchangeKind.Paxlst)]
    [TestCase(InterchangeKind.Cuscar)]
    public void Generate_sameSeed_sameBytes(InterchangeKind kind)
    {
        var first = InterchangeGenerator.Generate(kind, 200_000, seed: 7, out _);
        var second = InterchangeGenerator.Generate(kind, 200_000, seed: 7, out _);
        var other = InterchangeGenerator.Generate(kind, 200_000, seed: 8, out _);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [TestCase(InterchangeKind.Paxlst, 1L << 20)]
    [TestCase(InterchangeKind.Cuscar, 1L << 20)]
    [TestCase(InterchangeKind.Paxlst, 3000L)]
    [TestCase(InterchangeKind.Cuscar, 5_000_000L)]
    public void Generate_requestedSize_endsWithinOneKiBOfIt(InterchangeKind kind, long size)
    {
        var bytes = InterchangeGenerator.Generate(kind, size, InterchangeGenerator.DefaultSeed, out var summary);

        Assert.That(summary.Bytes, Is.EqualTo(bytes.Length));
        Assert.That(Math.Abs(bytes.Length - size), Is.LessThan(1024));
    }

    [TestCase(InterchangeKind.Paxlst)]
    [TestCase(InterchangeKind.Cuscar)]
    public void Write_toStream_sameBytesAsGenerate(InterchangeKind kind)
    {
        var expected = InterchangeGenerator.Generate(kind, 300_000, seed: 3, out var expectedSummary);
        using var stream = new MemoryStream();

        var summary = InterchangeGenerator.Write(stream, kind, 300_000, seed: 3);

        Assert.That(stream.ToArray(), Is.EqualTo(expected));
        Assert.That(summary, Is.EqualTo(expectedSummary));
    }

    [Test]
    public void Paxlst_envelopes_countsAndReferencesMatch()
    {
        var segments = ScalarScan.Segments(InterchangeGenerator.Paxlst(OneMiB, seed: 11));

        Assert.That(segments[0][0][0], Is.EqualTo("UNB"));
        Assert.That(segments[0][1], Is.EqualTo(new[] { "UNOC", "3" }));
        Assert.That(segments[1][0][0], Is.EqualTo("UNG"));
        Assert.That(segments[1][7], Is.EqualTo(new[] { "D", "02B" }));
        var messages = CheckMessages(segments, firstMessage: 2, trailers: 2, "PAXLST", "D", "02B", "UN", "IATA");
        var une = segments[^2];
        Assert.That(une[0][0], Is.EqualTo("UNE"));
        Assert.That(une[1][0], Is.EqualTo(messages.ToString()));
        Assert.That(une[2][0], Is.EqualTo(segments[1][5][0]));
        var unz = segments[^1];
        Assert.That(unz[0][0], Is.EqualTo("UNZ"));
        Assert.That(unz[1][0], Is.EqualTo("1"), "UNZ counts the one group");
        Assert.That(unz[2][0], Is.EqualTo(segments[0][5][0]));
    }

    [Test]
    public void Cuscar_envelopes_countsAndReferencesMatch()
    {
        var segments = ScalarScan.Segments(InterchangeGenerator.Cuscar(OneMiB, seed: 11));

        Assert.That(segments[0][0][0], Is.EqualTo("UNB"));
        var messages = CheckMessages(segments, firstMessage: 1, trailers: 1, "CUSCAR", "D", "95B", "UN");
        var unz = segments[^1];
        Assert.That(unz[0][0], Is.EqualTo("UNZ"));
        Assert.That(unz[1][0], Is.EqualTo(messages.ToString()), "UNZ counts the messages when there are no groups");
        Assert.That(unz[2][0], Is.EqualTo(segments[0][5][0]));
    }

    [TestCase(InterchangeKind.Paxlst)]
    [TestCase(InterchangeKind.Cuscar)]
    public void Generate_dataWithServiceCharacters_releasesEachKind(InterchangeKind kind)
    {
        var bytes = InterchangeGenerator.Generate(kind, OneMiB, InterchangeGenerator.DefaultSeed, out _);

        Assert.That(bytes.AsSpan().IndexOf("?'"u8), Is.GreaterThan(0));
        Assert.That(bytes.AsSpan().IndexOf("?+"u8), Is.GreaterThan(0));
        Assert.That(bytes.AsSpan().IndexOf("?:"u8), Is.GreaterThan(0));
        if (kind == InterchangeKind.Paxlst)
        {
            Assert.That(bytes.AsSpan().IndexOf("??"u8), Is.GreaterThan(0));
        }
    }

    [TestCase(InterchangeKind.Paxlst)]
    [TestCase(InterchangeKind.Cuscar)]
    public void Generate_unocText_hasIso88591LettersAndOneSegmentPerLine(InterchangeKind kind)
    {
        var bytes = InterchangeGenerator.Generate(kind, 100_000, InterchangeGenerator.DefaultSeed, out var summary);
        var text = System.Text.Encoding.Latin1.GetString(bytes);

        Assert.That(bytes.Count(b => b >= 0x80), Is.GreaterThan(100));
        Assert.That(text, Does.Contain("Ø").And.Contain("É").And.Contain("Ç"));
        // Every unreleased terminator ends a line, and the UNA advice has a line of its own.
        Assert.That(bytes.Count(b => b == (byte)'\n'), Is.EqualTo(summary.Counts.SegmentTerminators + 1));
        Assert.That(text, Does.StartWith("UNA:+.? '\nUNB+UNOC:3+"));
    }

    [Test]
    public void Cuscar_equipment_checkDigitsFollowIso6346()
    {
        var segments = ScalarScan.Segments(InterchangeGenerator.Cuscar(200_000, seed: 5));
        var containers = segments.Where(s => s[0][0] == "EQD").Select(s => s[2][0]).ToList();

        Assert.That(containers, Is.Not.Empty);
        Assert.That(containers, Has.All.Length.EqualTo(11));
        Assert.That(containers.Where(c => Iso6346CheckDigit(c) != c[10] - '0'), Is.Empty);
        var sgp = segments.Where(s => s[0][0] == "SGP").Select(s => s[1][0]).Distinct();
        Assert.That(sgp, Is.SubsetOf(containers), "SGP points at equipment declared in the same interchange");
    }

    [TestCase(0)]
    [TestCase(-5)]
    public void Write_sizeNotPositive_throws(long size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => InterchangeGenerator.Write(Stream.Null, InterchangeKind.Paxlst, size));
    }

    /// <summary>Checks every UNH..UNT pair from <paramref name="firstMessage"/> on and returns how many there are.</summary>
    private static int CheckMessages(List<string[][]> segments, int firstMessage, int trailers, params string[] messageIdentifier)
    {
        var messages = 0;
        var index = firstMessage;
        while (index < segments.Count - trailers)
        {
            var unh = segments[index];
            Assert.That(unh[0][0], Is.EqualTo("UNH"), $"segment {index}");
            Assert.That(unh[2], Is.EqualTo(messageIdentifier), $"segment {index}");
            var unt = segments.FindIndex(index, s => s[0][0] == "UNT");
            Assert.That(segments[unt][1][0], Is.EqualTo((unt - index + 1).ToString()), $"UNT count at segment {unt}");
            Assert.That(segments[unt][2][0], Is.EqualTo(unh[1][0]), $"UNT reference at segment {unt}");
            messages++;
            Assert.That(unh[1][0], Is.EqualTo(messages.ToString()));
            index = unt + 1;
        }

        Assert.That(messages, Is.GreaterThan(1));
        return messages;
    }

    private static int Iso6346CheckDigit(string container)
    {
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = container[i];
            // ISO 6346: A = 10 and the letters count on, skipping 11, 22 and 33.
            var value = char.IsDigit(c) ? c - '0' : "A.BCDEFGHIJK.LMNOPQRSTU.VWXYZ".IndexOf(c) + 10;
            sum += value << i;
        }

        return sum % 11 % 10;
    }
}
