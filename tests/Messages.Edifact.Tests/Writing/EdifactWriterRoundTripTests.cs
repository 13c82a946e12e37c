using System.Buffers;
using System.Text;
using CsCheck;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Writing;

/// <summary>
/// Write → read: random interchanges (levels A-K, X, Y, W; versions 2-4; random distinct service
/// characters with and without release character and repetition separator; values full of service
/// characters) read back by <see cref="EdifactReader"/> and judged by <see cref="EdifactInterchange.Validate(ReadOnlySpan{byte}, EdifactReaderOptions?)"/>.
/// </summary>
public class EdifactWriterRoundTripTests
{
    private const long Iterations = 400;

    private static IEnumerable<TestCaseData> ValidSamples() => SharedData.Cases("samples/edifact/valid");

    [Test]
    public void WriteThenRead_randomInterchanges_areValidWithTheValuesAndPositionsWritten()
    {
        GeneratedInterchange.Gen.Sample(interchange =>
        {
            var (bytes, positions) = interchange.Write();
            var options = interchange.Options;

            var result = EdifactInterchange.Validate(bytes);

            Assert.That(result.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info), Is.Empty, Describe(bytes, result));
            Assert.That((result.Syntax.Code, result.Version, result.Delimiters), Is.EqualTo((options.Syntax.Code, options.Version, options.EffectiveDelimiters)));
            Assert.That(result.Interchange, Is.EqualTo(interchange.Header with { SyntaxIdentifier = options.Syntax.Code, SyntaxVersion = options.Version }));
            var groups = interchange.Groups.Where(g => g.Header is not null).Select(g => g.Header).ToArray();
            Assert.That(result.Groups.Select(g => g with { SegmentIndex = 0 }), Is.EqualTo(groups));
            var messages = interchange.Groups.SelectMany(g => g.Messages.Select(m => (m.Header, g.Header?.Reference))).ToArray();
            Assert.That(result.Messages.Select(m => (m.Header, m.GroupReference)), Is.EqualTo(messages));
            Assert.That(result.Messages.Select(m => (m.SegmentIndex, m.SegmentCount)), Is.EqualTo(positions.Messages));

            var read = ReadSegments(bytes);
            foreach (var (index, segment) in positions.Segments)
            {
                Assert.That(read[index].Tag, Is.EqualTo(segment.Tag));
                Assert.That(read[index].Tokens, Is.EqualTo(segment.ExpectedTokens()), $"segment {index}");
            }
        }, iter: Iterations, threads: 1);
    }

    [Test]
    public void WriteThenRead_splitAnywhere_readsTheSame()
    {
        GeneratedInterchange.Gen.Select(CsCheck.Gen.Int[0, 100]).Sample((interchange, percent) =>
        {
            var (bytes, _) = interchange.Write();
            var at = bytes.Length * percent / 100;

            var whole = EdifactInterchange.Validate(bytes);
            var split = EdifactInterchange.Validate(Segmented.Split(bytes, at));

            Assert.That(split.Diagnostics, Is.EqualTo(whole.Diagnostics));
            Assert.That(split.Messages, Is.EqualTo(whole.Messages));
            Assert.That(split.Interchange, Is.EqualTo(whole.Interchange));
        }, iter: Iterations / 4, threads: 1);
    }

    [Test]
    public void Generator_coversTheCasesTheRoundTripIsAbout()
    {
        var samples = GeneratedInterchange.Gen.Array[300].Single();
        var written = samples.Select(s => (s.Options, Bytes: s.Write().Bytes)).ToArray();

        bool Any(Func<EdifactWriterOptions, byte[], bool> property) => written.Any(w => property(w.Options, w.Bytes));
        var d = (EdifactWriterOptions o) => o.EffectiveDelimiters;
        Assert.Multiple(() =>
        {
            Assert.That(Any((o, b) => b.AsSpan().StartsWith("UNA"u8)), Is.True, "with UNA");
            Assert.That(Any((o, b) => !b.AsSpan().StartsWith("UNA"u8) && o.Syntax.Level == 'B'), Is.True, "level B defaults");
            Assert.That(Any((o, b) => d(o).Release is null && b.AsSpan().StartsWith("UNA"u8)), Is.True, "UNA without release character");
            Assert.That(Any((o, b) => d(o).Repetition is { } r && b.AsSpan().Count(r) > 3), Is.True, "repetitions");
            Assert.That(Any((o, b) => d(o).Release is { } r && b.AsSpan().IndexOf([r, r]) >= 0), Is.True, "released release characters");
            Assert.That(Any((o, b) => o.Version == SyntaxVersion.V2), Is.True, "version 2");
            Assert.That(Any((o, b) => o.Syntax.Code == "UNOX"), Is.True, "ISO 2022");
            Assert.That(Any((o, b) => o.Syntax.Code == "UNOY" && b.Any(x => x >= 0xF0)), Is.True, "characters outside the BMP");
        });
    }

    [TestCaseSource(typeof(Fixture), nameof(Fixture.Names))]
    public void Rewrite_ownFixtures_reproducesTheirBytes(string name)
    {
        var original = Fixture.Bytes(name);

        var rewritten = Rewrite(original);

        // The fixtures put one segment on a line with LF only; the writer writes no line breaks here.
        var expected = original.Where(b => b is not ((byte)'\r' or (byte)'\n')).ToArray();
        Assert.That(Encoding.Latin1.GetString(rewritten), Is.EqualTo(Encoding.Latin1.GetString(expected)));
    }

    [TestCaseSource(nameof(ValidSamples))]
    public void Rewrite_validSamples_readBackAsTheSameInterchange(string path)
    {
        var original = File.ReadAllBytes(path);
        var before = EdifactInterchange.Validate(original);
        if (before.Diagnostics.Any(d => d.Id == EdifactDiagnostics.CharacterOutsideRepertoire.Id))
        {
            // The reader only warns about characters outside a level A/B repertoire; the writer refuses to write them.
            Assert.Throws<ArgumentException>(() => Rewrite(original));
            return;
        }

        var rewritten = Rewrite(original);
        var after = EdifactInterchange.Validate(rewritten);

        Assert.That(after.IsValid, Is.True, Describe(rewritten, after));
        Assert.That(after.Interchange, Is.EqualTo(before.Interchange));
        Assert.That(after.Messages.Select(m => (m.Header, m.SegmentIndex, m.SegmentCount)), Is.EqualTo(before.Messages.Select(m => (m.Header, m.SegmentIndex, m.SegmentCount))));
        Assert.That(Transcript(rewritten), Is.EqualTo(Transcript(original)));
    }

    /// <summary>Reads <paramref name="input"/> and writes it again: envelopes through the helpers, every other segment value by value.</summary>
    private static byte[] Rewrite(byte[] input)
    {
        var result = EdifactInterchange.Validate(input);
        var buffer = new ArrayBufferWriter<byte>();
        var options = new EdifactWriterOptions
        {
            Syntax = result.Syntax,
            Version = result.Version,
            Delimiters = result.Delimiters,
            AlwaysWriteServiceStringAdvice = input.AsSpan().StartsWith("UNA"u8),
        };
        using (var writer = new EdifactWriter(buffer, options))
        {
            var reader = new EdifactReader(input);
            var (groups, messages, skip, element, repetition) = (0, 0, false, 0, 0);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case EdifactTokenType.SegmentStart:
                        skip = true;
                        switch (reader.GetString())
                        {
                            case "UNB":
                                writer.WriteInterchangeHeader(result.Interchange!);
                                break;
                            case "UNG":
                                writer.WriteGroupHeader(result.Groups[groups++]);
                                break;
                            case "UNH":
                                writer.WriteMessageHeader(result.Messages[messages++].Header);
                                break;
                            case "UNT":
                                writer.WriteMessageTrailer();
                                break;
                            case "UNE":
                                writer.WriteGroupTrailer();
                                break;
                            case "UNZ":
                                writer.WriteInterchangeTrailer();
                                break;
                            default:
                                skip = false;
                                (element, repetition) = (0, 0);
                                writer.WriteSegmentStart(reader.GetString());
                                break;
                        }

                        break;
                    case EdifactTokenType.Element when !skip:
                        if (reader.ElementIndex != element)
                        {
                            writer.WriteElement(reader.GetString());
                        }
                        else if (reader.RepetitionIndex != repetition)
                        {
                            writer.WriteRepetition(reader.GetString());
                        }
                        else
                        {
                            writer.WriteComponent(reader.GetString());
                        }

                        (element, repetition) = (reader.ElementIndex, reader.RepetitionIndex);
                        break;
                    case EdifactTokenType.SegmentEnd when !skip:
                        writer.WriteSegmentEnd();
                        break;
                }
            }
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static Dictionary<int, (string Tag, List<ValueToken> Tokens)> ReadSegments(byte[] bytes)
    {
        var segments = new Dictionary<int, (string, List<ValueToken>)>();
        var reader = new EdifactReader(bytes);
        List<ValueToken>? tokens = null;
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.SegmentStart)
            {
                tokens = [];
                segments[reader.SegmentIndex] = (reader.GetString(), tokens);
            }
            else if (reader.TokenType == EdifactTokenType.Element)
            {
                tokens!.Add(new ValueToken(reader.ElementIndex, reader.ComponentIndex, reader.RepetitionIndex, reader.GetString()));
            }
        }

        return segments;
    }

    private static IEnumerable<string> Transcript(byte[] bytes) =>
        ReadSegments(bytes).OrderBy(s => s.Key).Select(s => s.Value.Tag + " " + string.Join(" ", s.Value.Tokens));

    private static string Describe(byte[] bytes, EdifactValidationResult result) =>
        string.Join("\n", result.Diagnostics) + "\n" + Encoding.Latin1.GetString(bytes);
}
