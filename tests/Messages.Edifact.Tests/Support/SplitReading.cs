namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>
/// Reads an input whole, as one-byte segments and split at every index, and asserts that every
/// way gives the same tokens (or the same diagnostics) as the whole.
/// </summary>
internal static class SplitReading
{
    /// <summary>As a sequence of one-byte segments, and in one-byte chunks resumed from the reader state.</summary>
    public static List<TokenFact> AssertOneByteSegments(byte[] bytes, EdifactReadMode mode)
    {
        var whole = TokenTranscript.FactsOfSpan(bytes, mode);

        Assert.That(TokenTranscript.FactsOfSequence(Segmented.Bytewise(bytes), mode), Is.EqualTo(whole), "one-byte segments");
        Assert.That(TokenTranscript.FactsOfChunks(bytes, Enumerable.Range(1, Math.Max(0, bytes.Length - 1)).ToArray(), mode), Is.EqualTo(whole), "one-byte chunks");
        return whole;
    }

    /// <summary>Split once at every index, as chunks resumed from the reader state and as a two-segment sequence.</summary>
    public static void AssertEverySplit(byte[] bytes, EdifactReadMode mode)
    {
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

    /// <summary>Tokens, read every way above, are those of the whole; returns them.</summary>
    public static List<TokenFact> AssertSameTokens(byte[] bytes, EdifactReadMode mode)
    {
        var whole = AssertOneByteSegments(bytes, mode);
        AssertEverySplit(bytes, mode);
        return whole;
    }

    /// <summary>Validation in memory of the input split at every index and as one-byte segments finds what the whole does.</summary>
    public static IReadOnlyList<EdifactDiagnostic> AssertSameDiagnostics(byte[] bytes, EdifactReaderOptions options)
    {
        var whole = EdifactInterchange.Validate(bytes, options).Diagnostics;
        for (var i = 0; i <= bytes.Length; i++)
        {
            var split = EdifactInterchange.Validate(Segmented.Split(bytes, i), options).Diagnostics;
            if (!split.SequenceEqual(whole))
            {
                Assert.That(split.Select(d => d.ToString()), Is.EqualTo(whole.Select(d => d.ToString())), $"split at {i}");
            }
        }

        Assert.That(EdifactInterchange.Validate(Segmented.Bytewise(bytes), options).Diagnostics, Is.EqualTo(whole), "one-byte segments");
        return whole;
    }
}
