using System.Buffers;
using System.Globalization;
using System.Text;
using CsCheck;

namespace UniPass.Gateway.Messages.Edifact.Tests.Writing;

/// <summary>One value as the reader reports it: its coordinates in the segment and its unescaped text.</summary>
internal readonly record struct ValueToken(int Element, int Component, int Repetition, string Value);

/// <summary>A user segment: tag and data elements; an element is a list of repetitions, a repetition a list of components.</summary>
internal sealed record GeneratedSegment(string Tag, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Elements)
{
    /// <summary>
    /// What a reader sees after the writer truncated empty trailing components, repetitions and data
    /// elements (ISO 9735 exclusion by truncation): one token per remaining value, an empty token for
    /// an element or repetition that is empty but not trailing.
    /// </summary>
    public IReadOnlyList<ValueToken> ExpectedTokens()
    {
        var elements = Elements.Select(e => TrimEnd(e.Select(r => TrimEnd(r, c => c.Length == 0)).ToList(), r => r.Count == 0)).ToList();
        elements = TrimEnd(elements, e => e.Count == 0);
        var tokens = new List<ValueToken>();
        for (var e = 0; e < elements.Count; e++)
        {
            if (elements[e].Count == 0)
            {
                tokens.Add(new ValueToken(e + 1, 1, 0, string.Empty));
                continue;
            }

            for (var r = 0; r < elements[e].Count; r++)
            {
                var components = elements[e][r];
                if (components.Count == 0)
                {
                    tokens.Add(new ValueToken(e + 1, 1, r, string.Empty));
                    continue;
                }

                for (var c = 0; c < components.Count; c++)
                {
                    tokens.Add(new ValueToken(e + 1, c + 1, r, components[c]));
                }
            }
        }

        return tokens;
    }

    private static List<T> TrimEnd<T>(IEnumerable<T> items, Func<T, bool> empty)
    {
        var list = items.ToList();
        while (list.Count > 0 && empty(list[^1]))
        {
            list.RemoveAt(list.Count - 1);
        }

        return list;
    }
}

/// <summary>A message with its header and user segments.</summary>
internal sealed record GeneratedMessage(MessageHeader Header, IReadOnlyList<GeneratedSegment> Segments);

/// <summary>A functional group (or, when <see cref="Header"/> is null, the bare messages of the interchange).</summary>
internal sealed record GeneratedGroup(GroupHeader? Header, IReadOnlyList<GeneratedMessage> Messages);

/// <summary>Where the writer put each message and user segment, to compare with what the reader finds.</summary>
internal sealed record WrittenPositions(IReadOnlyList<(int SegmentIndex, int SegmentCount)> Messages, IReadOnlyList<(int SegmentIndex, GeneratedSegment Segment)> Segments);

/// <summary>
/// A random interchange: syntax level and version, service characters (distinct, possibly without
/// release character; a repetition separator in version 4 only, as ISO 9735 has it), envelope headers and values that contain the
/// service characters, all within the level's repertoire.
/// </summary>
internal sealed record GeneratedInterchange(EdifactWriterOptions Options, InterchangeHeader Header, IReadOnlyList<GeneratedGroup> Groups)
{
    private const string LevelA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";

    // Candidate service characters: ASCII punctuation and the information separators IS1-IS4.
    private const string ServiceCandidates = "!\"#$%&'()*+-/:;<=>?@[\\]^_`{|}~\u001C\u001D\u001E\u001F";

    private static readonly (SyntaxIdentifier Syntax, string Repertoire, bool Version4Only)[] Levels =
    [
        (SyntaxIdentifier.Unoa, LevelA, false),
        (SyntaxIdentifier.Unob, LevelA + Lower, false),
        (SyntaxIdentifier.Unoc, LevelA + Lower + "éèàüößÄÉÑçø£¥©ÿ", false),
        (Parse("UNOD"), LevelA + Lower + "ŁłŚśŹźŻżĆćŃńÓóĘęĄąőű", false),
        (Parse("UNOF"), LevelA + Lower + "αβγΔΩλ", false),
        (Parse("UNOL"), LevelA + Lower + "€ŠšŽžŒœŸé", true),
        (Parse("UNOX"), LevelA + Lower + "日本語カタカナひらがな", false),
        (SyntaxIdentifier.Unoy, LevelA + Lower + "中文日本語한국어😀€αβγ", true),
        (SyntaxIdentifier.Unow, LevelA + Lower + "€ÄÖÜ😀", true),
    ];

    public static Gen<GeneratedInterchange> Gen { get; } =
        from level in CsCheck.Gen.Int[0, Levels.Length - 1]
        from version in Levels[level].Version4Only ? CsCheck.Gen.Const(4) : CsCheck.Gen.Int[2, 4]
        from delimiters in DelimitersGen(Levels[level].Syntax, (SyntaxVersion)version)
        from lineBreaks in CsCheck.Gen.Int[0, 5]
        let options = new EdifactWriterOptions
        {
            Syntax = Levels[level].Syntax,
            Version = (SyntaxVersion)version,
            Delimiters = delimiters,
            LineBreakAfterSegment = lineBreaks == 0,
        }
        from alphabet in CsCheck.Gen.Const(Alphabet(Levels[level].Repertoire, options))
        from header in HeaderGen(alphabet, options.Version)
        from useGroups in CsCheck.Gen.Bool
        from groups in GroupGen(alphabet, options, useGroups).Array[1, useGroups ? 3 : 1]
        select new GeneratedInterchange(options, header, groups);

    /// <summary>Writes the interchange and reports where each message and segment went.</summary>
    public (byte[] Bytes, WrittenPositions Positions) Write()
    {
        var buffer = new ArrayBufferWriter<byte>();
        var messages = new List<(int, int)>();
        var segments = new List<(int, GeneratedSegment)>();
        using (var writer = new EdifactWriter(buffer, Options))
        {
            writer.WriteInterchangeHeader(Header);
            foreach (var group in Groups)
            {
                if (group.Header is not null)
                {
                    writer.WriteGroupHeader(group.Header);
                }

                foreach (var message in group.Messages)
                {
                    writer.WriteMessageHeader(message.Header);
                    var start = writer.SegmentIndex;
                    foreach (var segment in message.Segments)
                    {
                        writer.WriteSegmentStart(segment.Tag);
                        segments.Add((writer.SegmentIndex, segment));
                        WriteElements(writer, segment);
                        writer.WriteSegmentEnd();
                    }

                    writer.WriteMessageTrailer();
                    messages.Add((start, writer.SegmentIndex - start + 1));
                }

                if (group.Header is not null)
                {
                    writer.WriteGroupTrailer();
                }
            }

            writer.WriteInterchangeTrailer();
        }

        return (buffer.WrittenSpan.ToArray(), new WrittenPositions(messages, segments));
    }

    public override string ToString() =>
        $"{Options.Syntax.Code}:{(int)Options.Version} {Options.EffectiveDelimiters} {Header.ControlReference} {Groups.Count} groups, "
        + $"{Groups.Sum(g => g.Messages.Count)} messages, {Groups.Sum(g => g.Messages.Sum(m => m.Segments.Count))} segments";

    private static void WriteElements(EdifactWriter writer, GeneratedSegment segment)
    {
        foreach (var element in segment.Elements)
        {
            for (var r = 0; r < element.Count; r++)
            {
                for (var c = 0; c < element[r].Count; c++)
                {
                    var value = element[r][c];
                    if (c > 0)
                    {
                        writer.WriteComponent(value);
                    }
                    else if (r > 0)
                    {
                        writer.WriteRepetition(value);
                    }
                    else
                    {
                        writer.WriteElement(value);
                    }
                }
            }
        }
    }

    private static SyntaxIdentifier Parse(string code) =>
        SyntaxIdentifier.TryParse(Encoding.ASCII.GetBytes(code), out var syntax) ? syntax : throw new ArgumentException(code);

    /// <summary>The level's defaults half of the time; otherwise distinct random service characters.</summary>
    private static Gen<EdifactDelimiters?> DelimitersGen(SyntaxIdentifier syntax, SyntaxVersion version)
    {
        var v4 = version == SyntaxVersion.V4;

        // ISO 2022 shifts with ESC sequences and its double-byte characters use the bytes of ASCII
        // punctuation: keep its service characters printable, and a release character to escape them.
        var iso2022 = syntax.Code == "UNOX";
        var candidates = iso2022 ? ServiceCandidates[..^4] : ServiceCandidates;
        var random =
            from chosen in CsCheck.Gen.Shuffle(candidates.ToCharArray(), 5)
            from hasRelease in CsCheck.Gen.Int[0, 4]
            from comma in CsCheck.Gen.Bool
            select (EdifactDelimiters?)new EdifactDelimiters(
                (byte)chosen[0],
                (byte)chosen[1],
                comma ? (byte)',' : (byte)'.',
                hasRelease > 0 || iso2022 ? (byte)chosen[2] : null,
                v4 ? (byte)chosen[3] : null,
                (byte)chosen[4]);
        return CsCheck.Gen.Frequency((1, CsCheck.Gen.Const((EdifactDelimiters?)null)), (1, random));
    }

    /// <summary>The repertoire, plus the service characters several times over when they can be released.</summary>
    private static string Alphabet(string repertoire, EdifactWriterOptions options)
    {
        var d = options.EffectiveDelimiters;
        var service = new List<byte> { d.Component, d.Element, d.Segment };
        if (d.Release is { } release)
        {
            service.Add(release);
        }

        if (d.Repetition is { } repetition)
        {
            service.Add(repetition);
        }

        var isService = (char c) => c < 0x80 && service.Contains((byte)c);
        var data = new string(repertoire.Where(c => !isService(c)).ToArray());
        if (d.Release is null)
        {
            return data;
        }

        var released = new string(service.Select(b => (char)b).ToArray());
        return data + released + released + released;
    }

    /// <summary>Strings of <paramref name="min"/> to <paramref name="max"/> characters of the alphabet (a character outside the BMP counts once).</summary>
    private static Gen<string> Text(string alphabet, int min, int max)
    {
        var characters = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(alphabet);
        while (e.MoveNext())
        {
            characters.Add(e.GetTextElement());
        }

        return CsCheck.Gen.OneOf(characters.ToArray()).Array[min, max].Select(chosen => string.Concat(chosen));
    }

    private static Gen<string?> Optional(string alphabet, int max) =>
        CsCheck.Gen.Frequency((2, CsCheck.Gen.Const((string?)null)), (1, Text(alphabet, 1, max).Select(s => (string?)s)));

    private static Gen<InterchangeHeader> HeaderGen(string alphabet, SyntaxVersion version)
    {
        var v4 = version == SyntaxVersion.V4;
        return
            from sender in Text(alphabet, 1, 35)
            from senderQualifier in Optional(alphabet, 4)
            from routing in Optional(alphabet, v4 ? 35 : 14)
            from recipient in Text(alphabet, 1, 35)
            from recipientQualifier in Optional(alphabet, 4)
            from reference in Text(alphabet, 1, 14)
            from application in Optional(alphabet, 14)
            from ack in CsCheck.Gen.Bool
            from day in CsCheck.Gen.Int[0, 3650]
            from minute in CsCheck.Gen.Int[0, 1439]
            let date = new DateTime(2000, 1, 1).AddDays(day)
            select new InterchangeHeader
            {
                SyntaxIdentifier = string.Empty,
                SyntaxVersion = SyntaxVersion.Unknown,
                Sender = new PartyIdentification(sender, senderQualifier, routing),
                Recipient = new PartyIdentification(recipient, recipientQualifier),
                Date = date.ToString(v4 ? "yyyyMMdd" : "yyMMdd", CultureInfo.InvariantCulture),
                Time = (minute / 60 * 100 + minute % 60).ToString("0000", CultureInfo.InvariantCulture),
                ControlReference = reference,
                ApplicationReference = application,
                AcknowledgementRequest = ack ? "1" : null,
            };
    }

    private static Gen<GeneratedGroup> GroupGen(string alphabet, EdifactWriterOptions options, bool useGroups) =>
        from reference in Text(alphabet, 1, 14)
        from sender in Text(alphabet, 1, 35)
        from messages in MessageGen(alphabet, options).Array[1, 3]
        select new GeneratedGroup(
            useGroups ? new GroupHeader { MessageGroupId = "CUSCAR", ApplicationSender = new PartyIdentification(sender), Reference = reference, ControllingAgency = "UN", MessageVersion = "D", MessageRelease = "02B" } : null,
            messages);

    private static Gen<GeneratedMessage> MessageGen(string alphabet, EdifactWriterOptions options) =>
        from reference in Text(alphabet, 1, 14)
        from type in Text(LevelA[..26], 6, 6)
        from segments in SegmentGen(alphabet, options).Array[0, 5]
        select new GeneratedMessage(
            new MessageHeader { Reference = reference, Type = type, Version = "D", Release = "02B", ControllingAgency = "UN" },
            segments);

    private static Gen<GeneratedSegment> SegmentGen(string alphabet, EdifactWriterOptions options)
    {
        var repetitions = options.EffectiveDelimiters.Repetition.HasValue ? 3 : 1;
        var value = CsCheck.Gen.Frequency((1, CsCheck.Gen.Const(string.Empty)), (4, Text(alphabet, 1, 12)));
        var element = value.Array[1, 4].Select(c => (IReadOnlyList<string>)c).Array[1, repetitions].Select(r => (IReadOnlyList<IReadOnlyList<string>>)r);

        // Tags not starting with U keep clear of the service segments (ISO 9735-1 §9.2).
        return
            from first in CsCheck.Gen.Char["ABCDEFGHIJKLMNOPQRSTVWXYZ"]
            from rest in CsCheck.Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"].Array[2]
            from elements in element.Array[0, 6]
            select new GeneratedSegment(first + new string(rest), elements);
    }
}
