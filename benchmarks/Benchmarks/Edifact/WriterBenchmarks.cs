using System.Buffers;
using BenchmarkDotNet.Attributes;
using UniPass.Gateway.Benchmarks.Reporting;
using UniPass.Gateway.Messages.Edifact;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// Writing the generated PAXLST interchange again with <see cref="EdifactWriter"/>, envelopes through
/// its helpers (counts and references computed), every other value escaped and checked: from bytes
/// already in the interchange's character set, and from strings (encoded per value). The baseline
/// copies the interchange's bytes into the same output: the ceiling of producing them.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class WriterBenchmarks
{
    private byte[] _interchange = [];
    private EdifactValidationResult _read = null!;
    private EdifactWriterOptions _options = null!;
    private Token[] _tokens = [];
    private byte[] _values = [];
    private string[] _texts = [];
    private ArrayBufferWriter<byte> _output = null!;

    private enum TokenKind : byte
    {
        Segment,
        Element,
        Component,
        Repetition,
        SegmentEnd,
        Envelope,
    }

    [Params(1, 10)]
    public int SizeMiB { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _interchange = InterchangeGenerator.Paxlst(SizeMiB * ThroughputColumn.BytesPerMiB);
        _read = EdifactInterchange.Validate(_interchange);
        _options = new EdifactWriterOptions { Syntax = _read.Syntax, Version = _read.Version, Delimiters = _read.Delimiters, LineBreakAfterSegment = true };
        Tokenize();
        _output = new ArrayBufferWriter<byte>(_interchange.Length * 2);

        // What is timed must write a valid interchange of the same content.
        Bytes();
        Check("bytes");
        Text();
        Check("text");

        Console.WriteLine($"// PAXLST {SizeMiB} MiB: {_interchange.Length:N0} bytes, {_read.Messages.Count:N0} messages, {_read.SegmentCount:N0} segments, {_tokens.Length:N0} tokens");
    }

    [Benchmark(Baseline = true)]
    public int Copy()
    {
        _output.ResetWrittenCount();
        _output.Write(_interchange);
        return _output.WrittenCount;
    }

    [Benchmark]
    public int Bytes()
    {
        _output.ResetWrittenCount();
        using var writer = new EdifactWriter(_output, _options);
        var (groups, messages) = (0, 0);
        foreach (var token in _tokens)
        {
            var value = _values.AsSpan(token.Start, token.Length);
            switch (token.Kind)
            {
                case TokenKind.Segment:
                    writer.WriteSegmentStart(value);
                    break;
                case TokenKind.Element:
                    writer.WriteElement(value);
                    break;
                case TokenKind.Component:
                    writer.WriteComponent(value);
                    break;
                case TokenKind.Repetition:
                    writer.WriteRepetition(value);
                    break;
                case TokenKind.SegmentEnd:
                    writer.WriteSegmentEnd();
                    break;
                default:
                    Envelope(writer, value, ref groups, ref messages);
                    break;
            }
        }

        writer.Flush();
        return _output.WrittenCount;
    }

    [Benchmark]
    public int Text()
    {
        _output.ResetWrittenCount();
        using var writer = new EdifactWriter(_output, _options);
        var (groups, messages) = (0, 0);
        for (var i = 0; i < _tokens.Length; i++)
        {
            var token = _tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Segment:
                    writer.WriteSegmentStart(_values.AsSpan(token.Start, token.Length));
                    break;
                case TokenKind.Element:
                    writer.WriteElement(_texts[i]);
                    break;
                case TokenKind.Component:
                    writer.WriteComponent(_texts[i]);
                    break;
                case TokenKind.Repetition:
                    writer.WriteRepetition(_texts[i]);
                    break;
                case TokenKind.SegmentEnd:
                    writer.WriteSegmentEnd();
                    break;
                default:
                    Envelope(writer, _values.AsSpan(token.Start, token.Length), ref groups, ref messages);
                    break;
            }
        }

        writer.Flush();
        return _output.WrittenCount;
    }

    private void Check(string path)
    {
        var rewritten = EdifactInterchange.Validate(_output.WrittenSpan);
        if (!rewritten.IsValid || rewritten.Messages.Count != _read.Messages.Count || rewritten.SegmentCount != _read.SegmentCount)
        {
            throw new InvalidOperationException($"The interchange rewritten from {path} differs: {string.Join("; ", rewritten.Diagnostics)}");
        }
    }

    private void Envelope(EdifactWriter writer, ReadOnlySpan<byte> tag, ref int groups, ref int messages)
    {
        switch (tag[2])
        {
            case (byte)'B':
                writer.WriteInterchangeHeader(_read.Interchange!);
                break;
            case (byte)'G':
                writer.WriteGroupHeader(_read.Groups[groups++]);
                break;
            case (byte)'H':
                writer.WriteMessageHeader(_read.Messages[messages++].Header);
                break;
            case (byte)'T':
                writer.WriteMessageTrailer();
                break;
            case (byte)'E':
                writer.WriteGroupTrailer();
                break;
            default:
                writer.WriteInterchangeTrailer();
                break;
        }
    }

    /// <summary>The reader's tokens with their unescaped values; envelope segments become one token each.</summary>
    private void Tokenize()
    {
        var tokens = new List<Token>();
        var texts = new List<string>();
        var values = new MemoryStream();
        var reader = new EdifactReader(_interchange);
        var (inEnvelope, element, repetition) = (false, 0, 0);
        Span<byte> scratch = stackalloc byte[4096];
        while (reader.Read())
        {
            var length = reader.CopyUnescaped(scratch);
            var text = reader.TokenType == EdifactTokenType.Element ? reader.GetString() : string.Empty;
            TokenKind kind;
            if (reader.TokenType == EdifactTokenType.SegmentStart)
            {
                inEnvelope = reader.IsSegment("UNB"u8) || reader.IsSegment("UNG"u8) || reader.IsSegment("UNH"u8)
                    || reader.IsSegment("UNT"u8) || reader.IsSegment("UNE"u8) || reader.IsSegment("UNZ"u8);
                kind = inEnvelope ? TokenKind.Envelope : TokenKind.Segment;
                (element, repetition) = (0, 0);
            }
            else if (inEnvelope)
            {
                continue;
            }
            else if (reader.TokenType == EdifactTokenType.SegmentEnd)
            {
                kind = TokenKind.SegmentEnd;
            }
            else
            {
                kind = reader.ElementIndex != element ? TokenKind.Element : reader.RepetitionIndex != repetition ? TokenKind.Repetition : TokenKind.Component;
                (element, repetition) = (reader.ElementIndex, reader.RepetitionIndex);
            }

            tokens.Add(new Token(kind, (int)values.Length, length));
            texts.Add(text);
            values.Write(scratch[..length]);
        }

        _tokens = [.. tokens];
        _texts = [.. texts];
        _values = values.ToArray();
    }

    private readonly record struct Token(TokenKind Kind, int Start, int Length);
}
