using System.Text;
using UniPass.Gateway.Benchmarks.Edifact;
using UniPass.Gateway.Benchmarks.Tests.Support;

namespace UniPass.Gateway.Benchmarks.Tests.Edifact;

public sealed class ScanTests
{
    [TestCase(InterchangeKind.Paxlst, 1)]
    [TestCase(InterchangeKind.Paxlst, 2)]
    [TestCase(InterchangeKind.Cuscar, 1)]
    [TestCase(InterchangeKind.Cuscar, 2)]
    public void Count_generatedInterchange_equalsGeneratorCounts(InterchangeKind kind, int seed)
    {
        var bytes = InterchangeGenerator.Generate(kind, 1 << 20, seed, out var generated);

        Assert.That(VectorizedScan.Count(bytes), Is.EqualTo(generated.Counts));
        Assert.That(IndexOfAnyScan.Count(bytes), Is.EqualTo(generated.Counts));
        Assert.That(SequentialWalkScan.Count(bytes), Is.EqualTo(generated.Counts));
        var characters = ServiceCharacters.Detect(bytes, out var start);
        Assert.That(ScalarScan.Count(bytes.AsSpan(start), characters), Is.EqualTo(generated.Counts));
    }

    [Test]
    public void Count_randomServiceCharacterRuns_matchesScalarScan()
    {
        // Dense runs of release characters across 64-byte block boundaries, every length up to 300.
        ReadOnlySpan<byte> alphabet = "??:+'AB\xE9"u8;
        var random = new Random(42);
        var characters = ServiceCharacters.Default;
        for (var length = 0; length <= 300; length++)
        {
            for (var round = 0; round < 8; round++)
            {
                var content = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    content[i] = alphabet[random.Next(alphabet.Length)];
                }

                var expected = ScalarScan.Count(content, characters);
                Assert.That(VectorizedScan.Count(content, characters), Is.EqualTo(expected), Encoding.Latin1.GetString(content));
                Assert.That(IndexOfAnyScan.Count(content, characters), Is.EqualTo(expected), Encoding.Latin1.GetString(content));
                Assert.That(SequentialWalkScan.Count(content, characters), Is.EqualTo(expected), Encoding.Latin1.GetString(content));
            }
        }
    }

    [TestCase(62)]
    [TestCase(63)]
    [TestCase(64)]
    [TestCase(127)]
    public void Count_releaseAtBlockEnd_releasesFirstByteOfNextBlock(int releaseIndex)
    {
        var content = Enumerable.Repeat((byte)'A', 200).ToArray();
        content[releaseIndex] = (byte)'?';
        content[releaseIndex + 1] = (byte)'\'';
        content[releaseIndex + 2] = (byte)'+';

        var expected = new ServiceCharacterCounts(0, 1, 0);

        Assert.That(VectorizedScan.Count(content, ServiceCharacters.Default), Is.EqualTo(expected));
        Assert.That(SequentialWalkScan.Count(content, ServiceCharacters.Default), Is.EqualTo(expected));
    }

    [TestCase(63)]
    [TestCase(64)]
    public void Count_releasedReleaseAtBlockEnd_doesNotReleaseNextByte(int firstRelease)
    {
        var content = Enumerable.Repeat((byte)'A', 200).ToArray();
        content[firstRelease] = (byte)'?';
        content[firstRelease + 1] = (byte)'?';
        content[firstRelease + 2] = (byte)'\'';

        var expected = new ServiceCharacterCounts(1, 0, 0);

        Assert.That(VectorizedScan.Count(content, ServiceCharacters.Default), Is.EqualTo(expected));
        Assert.That(SequentialWalkScan.Count(content, ServiceCharacters.Default), Is.EqualTo(expected));
    }

    [Test]
    public void Count_serviceStringAdvice_usesAnnouncedCharacters()
    {
        // UNA: component '*', element '|', decimal ',', release '!', reserved ' ', terminator '~'.
        var interchange = "UNA*|,! ~UNB|UNOC*3|A!|B~UNH|1|X*D~UNT|2|1~UNZ|1|A!~B~:+'?"u8.ToArray();

        var counts = new ServiceCharacterCounts(SegmentTerminators: 4, ElementSeparators: 8, ComponentSeparators: 2);

        Assert.That(VectorizedScan.Count(interchange), Is.EqualTo(counts));
        Assert.That(IndexOfAnyScan.Count(interchange), Is.EqualTo(counts));
        Assert.That(SequentialWalkScan.Count(interchange), Is.EqualTo(counts));
    }

    [Test]
    public void Detect_noServiceStringAdvice_returnsDefaultsFromStart()
    {
        var characters = ServiceCharacters.Detect("UNB+UNOC:3'"u8, out var start);

        Assert.That(characters, Is.EqualTo(ServiceCharacters.Default));
        Assert.That(start, Is.Zero);
    }
}
