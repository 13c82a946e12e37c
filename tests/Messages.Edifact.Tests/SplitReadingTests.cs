using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests;

/// <summary>
/// Every fixture read whole, as one-byte segments, and split at every index (every pair of
/// indices for the small ones) gives the same tokens and the same diagnostics.
/// </summary>
public class SplitReadingTests
{
    private const int PairSplitLimit = 230;

    /// <summary>Our fixtures (valid and faulty) in both modes; the samples in the mode their folder calls for.</summary>
    private static IEnumerable<TestCaseData> Inputs()
    {
        foreach (var name in Fixture.Names.Concat(Fixture.Faults))
        {
            yield return new TestCaseData(name, EdifactReadMode.Strict).SetArgDisplayNames(name, "Strict");
            yield return new TestCaseData(name, EdifactReadMode.Lenient).SetArgDisplayNames(name, "Lenient");
        }

        foreach (var folder in new[] { "valid", "lenient", "invalid" })
        {
            var mode = folder == "lenient" ? EdifactReadMode.Lenient : EdifactReadMode.Strict;
            foreach (var file in SharedData.Files("samples/edifact/" + folder))
            {
                yield return new TestCaseData(file, mode).SetArgDisplayNames(Path.GetFileName(file), mode.ToString());
            }
        }
    }

    private static IEnumerable<TestCaseData> SmallFixtures() =>
        Fixture.Names.Concat(Fixture.Faults).Where(n => Fixture.Bytes(n).Length <= PairSplitLimit).Select(n => new TestCaseData(n).SetArgDisplayNames(n));

    private static byte[] Load(string nameOrPath) => Path.IsPathRooted(nameOrPath) ? File.ReadAllBytes(nameOrPath) : Fixture.Bytes(nameOrPath);

    [TestCaseSource(nameof(Inputs))]
    public void Read_oneByteSegments_sameTokensAsWhole(string input, EdifactReadMode mode)
    {
        var bytes = Load(input);
        var whole = TokenTranscript.FactsOfSpan(bytes, mode);

        Assert.That(TokenTranscript.FactsOfSequence(Segmented.Bytewise(bytes), mode), Is.EqualTo(whole));
        Assert.That(TokenTranscript.FactsOfChunks(bytes, Enumerable.Range(1, bytes.Length - 1).ToArray(), mode), Is.EqualTo(whole));
    }

    [TestCaseSource(nameof(Inputs))]
    public void Read_splitAtEveryIndex_sameTokensAsWhole(string input, EdifactReadMode mode)
    {
        var bytes = Load(input);
        var whole = TokenTranscript.FactsOfSpan(bytes, mode);
        for (var i = 0; i <= bytes.Length; i++)
        {
            var chunks = TokenTranscript.FactsOfChunks(bytes, [i], mode);
            var sequence = TokenTranscript.FactsOfSequence(Segmented.Split(bytes, i), mode);
            if (!chunks.SequenceEqual(whole) || !sequence.SequenceEqual(whole))
            {
                Assert.That(chunks, Is.EqualTo(whole), $"chunks split at {i}");
                Assert.That(sequence, Is.EqualTo(whole), $"sequence split at {i}");
            }
        }
    }

    [TestCaseSource(nameof(Inputs))]
    public void Validate_splitAtEveryIndex_sameDiagnosticsAsWhole(string input, EdifactReadMode mode)
    {
        var bytes = Load(input);
        var options = new EdifactReaderOptions { Mode = mode };
        var whole = EdifactInterchange.Validate(bytes, options).Diagnostics;
        for (var i = 0; i <= bytes.Length; i++)
        {
            var split = EdifactInterchange.Validate(Segmented.Split(bytes, i), options).Diagnostics;
            if (!split.SequenceEqual(whole))
            {
                Assert.That(split.Select(d => d.ToString()), Is.EqualTo(whole.Select(d => d.ToString())), $"split at {i}");
            }
        }

        Assert.That(EdifactInterchange.Validate(Segmented.Bytewise(bytes), options).Diagnostics, Is.EqualTo(whole));
    }

    /// <summary>EDI0032 stops reading at the segment that ends beyond the limit, wherever the input is split.</summary>
    [Test]
    public void Validate_interchangeOverLimit_splitAtEveryIndex_sameDiagnosticsAsWhole()
    {
        var bytes = Fixture.Bytes("cuscar-v3-two-messages.edi");
        var options = new EdifactReaderOptions { MaxInterchangeBytes = System.Text.Encoding.Latin1.GetString(bytes).IndexOf("UNH+2", StringComparison.Ordinal) + 5 };
        var whole = EdifactInterchange.Validate(bytes, options).Diagnostics;
        Assert.That(whole.Select(d => d.Id), Does.Contain("EDI0032"));
        for (var i = 0; i <= bytes.Length; i++)
        {
            var split = EdifactInterchange.Validate(Segmented.Split(bytes, i), options).Diagnostics;
            if (!split.SequenceEqual(whole))
            {
                Assert.That(split.Select(d => d.ToString()), Is.EqualTo(whole.Select(d => d.ToString())), $"split at {i}");
            }
        }

        Assert.That(EdifactInterchange.Validate(Segmented.Bytewise(bytes), options).Diagnostics, Is.EqualTo(whole));
    }

    [TestCaseSource(nameof(SmallFixtures))]
    public void Read_splitAtEveryPairOfIndices_sameTokensAsWhole(string name)
    {
        var bytes = Fixture.Bytes(name);
        var whole = TokenTranscript.FactsOfSpan(bytes, EdifactReadMode.Strict);
        for (var i = 0; i <= bytes.Length; i++)
        {
            for (var j = i; j <= bytes.Length; j++)
            {
                var chunks = TokenTranscript.FactsOfChunks(bytes, [i, j], EdifactReadMode.Strict);
                var sequence = TokenTranscript.FactsOfSequence(Segmented.Split(bytes, i, j), EdifactReadMode.Strict);
                if (!chunks.SequenceEqual(whole) || !sequence.SequenceEqual(whole))
                {
                    Assert.That(chunks, Is.EqualTo(whole), $"chunks split at {i}, {j}");
                    Assert.That(sequence, Is.EqualTo(whole), $"sequence split at {i}, {j}");
                }
            }
        }
    }
}
