using System.Buffers;
using System.Text;
using UniPass.Gateway.Messages.Edifact;

namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>One token, compactly: what split reading compares.</summary>
internal readonly record struct TokenFact(EdifactTokenType Type, int Segment, int Element, int Component, int Repetition, long Offset, EdifactTokenFlags Flags, int Length, int ValueHash)
{
    public static TokenFact Of(ref EdifactReader reader)
    {
        Span<byte> value = stackalloc byte[reader.ValueLength];
        var length = reader.CopyUnescaped(value);
        var hash = new HashCode();
        hash.AddBytes(value[..length]);
        return new TokenFact(reader.TokenType, reader.SegmentIndex, reader.ElementIndex, reader.ComponentIndex, reader.RepetitionIndex,
            reader.TokenOffset, reader.Flags, length, hash.ToHashCode());
    }
}

/// <summary>Reads input completely and writes one line per token, so that different ways of reading can be compared.</summary>
internal static class TokenTranscript
{
    public static List<TokenFact> FactsOfSpan(ReadOnlySpan<byte> input, EdifactReadMode mode)
    {
        var facts = new List<TokenFact>();
        var reader = new EdifactReader(input, mode);
        while (reader.Read())
        {
            facts.Add(TokenFact.Of(ref reader));
        }

        return facts;
    }

    public static List<TokenFact> FactsOfSequence(ReadOnlySequence<byte> input, EdifactReadMode mode)
    {
        var facts = new List<TokenFact>();
        var reader = new EdifactReader(input, mode);
        while (reader.Read())
        {
            facts.Add(TokenFact.Of(ref reader));
        }

        return facts;
    }

    /// <summary>Feeds the input in chunks that end at <paramref name="splits"/>, resuming with the reader state each time.</summary>
    public static List<TokenFact> FactsOfChunks(byte[] input, IReadOnlyList<int> splits, EdifactReadMode mode)
    {
        var facts = new List<TokenFact>();
        var state = new EdifactReaderState(mode);
        var start = 0;
        for (var chunk = 0; chunk <= splits.Count; chunk++)
        {
            var available = chunk < splits.Count ? splits[chunk] : input.Length;
            var reader = new EdifactReader(input.AsSpan(start, available - start), chunk == splits.Count, state);
            while (reader.Read())
            {
                facts.Add(TokenFact.Of(ref reader));
            }

            start += (int)reader.BytesConsumed;
            state = reader.CurrentState;
        }

        return facts;
    }

    public static List<string> OfSpan(ReadOnlySpan<byte> input, EdifactReadMode mode = EdifactReadMode.Strict)
    {
        var lines = new List<string>();
        var reader = new EdifactReader(input, mode);
        while (reader.Read())
        {
            lines.Add(Line(ref reader));
        }

        return lines;
    }

    public static List<string> OfSequence(ReadOnlySequence<byte> input, EdifactReadMode mode = EdifactReadMode.Strict)
    {
        var lines = new List<string>();
        var reader = new EdifactReader(input, mode);
        while (reader.Read())
        {
            lines.Add(Line(ref reader));
        }

        return lines;
    }

    public static string Line(ref EdifactReader reader)
    {
        var value = new byte[reader.ValueLength];
        var length = reader.CopyUnescaped(value);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{reader.TokenType} {reader.SegmentIndex}/{reader.ElementIndex}/{reader.ComponentIndex}/{reader.RepetitionIndex} @{reader.TokenOffset} [{Encoding.Latin1.GetString(value, 0, length)}] {reader.Flags}");
    }
}
