using System.Text;
using UniPass.Gateway.Messages.Edifact.Tests.Support;

namespace UniPass.Gateway.Messages.Edifact.Tests;

/// <summary>
/// Envelope faults of ISO 9735-1 §8 written from the standard (<c>Fixtures/faults/</c>): a missing
/// group trailer (EDI0018), envelope segments out of place (EDI0024), segments after the
/// interchange trailer (EDI0028), an interchange or a segment over the configured size (EDI0032, EDI0030). Each is
/// judged in memory (span and byte-wise sequence) and streamed through
/// <see cref="EdifactInterchangeReader"/> with several pipe buffer sizes; every way finds the same
/// diagnostics at the same positions. The level A/B repertoire (EDI0010) is judged the same ways.
/// </summary>
public class EnvelopeFaultTests
{
    private static readonly string[] s_paths = ["span", "bytewise", "pipe1", "pipe7", "pipe4096"];

    private static IEnumerable<TestCaseData> PathsAndModes() =>
        from path in s_paths
        from mode in new[] { EdifactReadMode.Strict, EdifactReadMode.Lenient }
        select new TestCaseData(path, mode).SetArgDisplayNames(path, mode.ToString());

    private static IEnumerable<TestCaseData> Paths() => s_paths.Select(p => new TestCaseData(p).SetArgDisplayNames(p));

    private readonly record struct Found(string Id, EdifactSeverity Severity, int ContrlCode, int SegmentIndex, string? SegmentTag, int Element, int Component, long ByteOffset);

    private static async Task<EdifactValidationResult> Judge(string path, byte[] bytes, EdifactReaderOptions options)
    {
        switch (path)
        {
            case "span":
                return EdifactInterchange.Validate(bytes.AsSpan(), options);
            case "bytewise":
                return EdifactInterchange.Validate(Segmented.Bytewise(bytes), options);
            default:
                var size = int.Parse(path["pipe".Length..], System.Globalization.CultureInfo.InvariantCulture);
                var input = StreamedInput.Pipe(bytes, size);
                var reader = new EdifactInterchangeReader(input, options);
                await foreach (var message in reader.ReadMessagesAsync())
                {
                    message.Dispose();
                }

                return reader.GetResult();
        }
    }

    private static async Task<Found[]> Findings(string path, byte[] bytes, EdifactReaderOptions options, string id)
    {
        var result = await Judge(path, bytes, options);
        return result.Diagnostics.Where(d => d.Id == id)
            .Select(d => new Found(d.Id, d.Severity, d.ContrlCode, d.SegmentIndex, d.SegmentTag, d.Element, d.Component, d.ByteOffset)).ToArray();
    }

    private static long At(byte[] bytes, string text, int occurrence = 1)
    {
        var all = Encoding.Latin1.GetString(bytes);
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = all.IndexOf(text, at + 1, StringComparison.Ordinal);
        }

        Assert.That(at, Is.GreaterThan(0), text);
        return at;
    }

    private static EdifactReaderOptions In(EdifactReadMode mode) => new() { Mode = mode };

    [TestCaseSource(nameof(PathsAndModes))]
    public async Task MissingUneAtEndOfInput_isError13WhereTheInputEnds(string path, EdifactReadMode mode)
    {
        var bytes = Fixture.Bytes("faults/une-missing-at-end.edi");

        var result = await Judge(path, bytes, In(mode));

        // No segment follows the open group: the finding is located by the byte offset at which UNE was due (the end), as EDI0012 is.
        var ids = result.Diagnostics.Select(d => d.Id).ToArray();
        Assert.That(await Findings(path, bytes, In(mode), "EDI0018"), Is.EqualTo(new[]
        {
            new Found("EDI0018", EdifactSeverity.Error, 13, 0, null, 0, 0, bytes.Length),
        }));
        Assert.That(ids, Is.EqualTo(new[] { "EDI0018", "EDI0012" }));
        Assert.That(result.Diagnostics[0].Message, Is.EqualTo("Group trailer UNE missing for group 'G1'"));
        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Groups.Single().Reference, Is.EqualTo("G1"));
    }

    [TestCaseSource(nameof(PathsAndModes))]
    public async Task MissingUneBeforeNextUngAndBeforeUnz_isError13AtThatSegment(string path, EdifactReadMode mode)
    {
        var bytes = Fixture.Bytes("faults/une-missing-before-ung-and-unz.edi");

        var result = await Judge(path, bytes, In(mode));

        Assert.That(await Findings(path, bytes, In(mode), "EDI0018"), Is.EqualTo(new[]
        {
            new Found("EDI0018", EdifactSeverity.Error, 13, 5, "UNG", 0, 0, At(bytes, "UNG+", 2)),
            new Found("EDI0018", EdifactSeverity.Error, 13, 8, "UNZ", 0, 0, At(bytes, "UNZ+2")),
        }));
        Assert.That(result.Diagnostics.Where(d => d.Id == "EDI0018").Select(d => d.Message),
            Is.EqualTo(new[] { "Group trailer UNE missing for group 'G1'", "Group trailer UNE missing for group 'G2'" }));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0018", "EDI0018" }), "UNZ counts the two groups");
        Assert.That(result.IsValid, Is.False);
    }

    [TestCaseSource(nameof(PathsAndModes))]
    public async Task EnvelopeSegmentsOutOfPlace_areError15AtEachSegment(string path, EdifactReadMode mode)
    {
        var bytes = Fixture.Bytes("faults/envelope-segments-out-of-place.edi");

        var result = await Judge(path, bytes, In(mode));

        Assert.That(await Findings(path, bytes, In(mode), "EDI0024"), Is.EqualTo(new[]
        {
            new Found("EDI0024", EdifactSeverity.Error, 15, 4, "UNT", 0, 0, At(bytes, "UNT+2+1'", 2)),
            new Found("EDI0024", EdifactSeverity.Error, 15, 5, "UNE", 0, 0, At(bytes, "UNE+1+G1")),
            new Found("EDI0024", EdifactSeverity.Error, 15, 6, "UNB", 0, 0, At(bytes, "UNB+", 2)),
        }));
        Assert.That(result.Diagnostics.Select(d => d.Message), Is.EqualTo(new[]
        {
            "Segment UNT is not allowed here: no message is open",
            "Segment UNE is not allowed here: no group is open",
            "Segment UNB is not allowed here: an interchange is already open",
        }));
        Assert.That(result.Interchange!.ControlReference, Is.EqualTo("REF1"), "the second UNB does not replace the first");
        Assert.That(result.IsValid, Is.False);
    }

    [TestCaseSource(nameof(PathsAndModes))]
    public async Task UnzBeforeAnyUnb_isMissingUnb13(string path, EdifactReadMode mode)
    {
        var bytes = Encoding.ASCII.GetBytes("UNZ+0+REF1'");

        // The first segment is not UNB: the header is missing, and the UNZ then closes that interchange.
        Assert.That(await Findings(path, bytes, In(mode), "EDI0002"), Is.EqualTo(new[]
        {
            new Found("EDI0002", EdifactSeverity.Error, 13, 1, "UNZ", 0, 0, 0),
        }));
        Assert.That(await Findings(path, bytes, In(mode), "EDI0024"), Is.Empty);
        Assert.That((await Judge(path, bytes, In(mode))).IsValid, Is.False);
    }

    [TestCaseSource(nameof(PathsAndModes))]
    public async Task SegmentsAfterUnz_areError33EachOne(string path, EdifactReadMode mode)
    {
        var bytes = Fixture.Bytes("faults/data-after-unz.edi");

        var result = await Judge(path, bytes, In(mode));

        // Every segment after UNZ is reported, the service segments of a message begun there included.
        Assert.That(await Findings(path, bytes, In(mode), "EDI0028"), Is.EqualTo(new[]
        {
            new Found("EDI0028", EdifactSeverity.Error, 33, 5, "UNH", 0, 0, At(bytes, "UNH+2")),
            new Found("EDI0028", EdifactSeverity.Error, 33, 6, "BGM", 0, 0, At(bytes, "BGM+250")),
            new Found("EDI0028", EdifactSeverity.Error, 33, 7, "UNT", 0, 0, At(bytes, "UNT+3+2")),
            new Found("EDI0028", EdifactSeverity.Error, 33, 8, "UNZ", 0, 0, At(bytes, "UNZ+", 2)),
        }));
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.All.EqualTo("EDI0028"));
        Assert.That(result.Diagnostics[1].Message, Is.EqualTo("Segment BGM follows the interchange trailer UNZ"));
        Assert.That(result.InterchangeTrailer!.SegmentIndex, Is.EqualTo(4));
        Assert.That(result.IsValid, Is.False);
    }

    [TestCaseSource(nameof(PathsAndModes))]
    public async Task InterchangeOverLimit_stopsWithError18AtTheSegmentEndingBeyondIt(string path, EdifactReadMode mode)
    {
        var bytes = Fixture.Bytes("cuscar-v3-two-messages.edi");
        var limit = At(bytes, "UNH+2") + 5;
        var options = new EdifactReaderOptions { Mode = mode, MaxInterchangeBytes = limit };

        var result = await Judge(path, bytes, options);

        Assert.That(await Findings(path, bytes, options, "EDI0032"), Is.EqualTo(new[]
        {
            new Found("EDI0032", EdifactSeverity.Error, 18, 6, "UNH", 0, 0, limit),
        }));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0032" }), "reading stops there");
        Assert.That(result.Diagnostics[0].Message, Is.EqualTo($"Interchange exceeds the limit of {limit} bytes"));
        Assert.That(result.IsValid, Is.False);
    }

    [TestCaseSource(nameof(Paths))]
    public async Task InterchangeOverLimitByItsLastByte_isError18AtUnz_andOfExactlyTheLimitIsValid(string path)
    {
        var bytes = Fixture.Bytes("cuscar-v3-two-messages.edi");

        var over = await Findings(path, bytes, new EdifactReaderOptions { MaxInterchangeBytes = bytes.Length - 1 }, "EDI0032");
        var exact = await Judge(path, bytes, new EdifactReaderOptions { MaxInterchangeBytes = bytes.Length });

        Assert.That(over, Is.EqualTo(new[] { new Found("EDI0032", EdifactSeverity.Error, 18, 11, "UNZ", 0, 0, bytes.Length - 1) }));
        Assert.That(exact.IsValid, Is.True, string.Join("\n", exact.Diagnostics));
    }

    [TestCaseSource(nameof(Paths))]
    public async Task InterchangeOverLimitByTrailingLineBreaks_isError18AtTheLimit(string path)
    {
        var segments = Fixture.Bytes("cuscar-v3-two-messages.edi");
        var bytes = segments.Concat("\r\n"u8.ToArray()).ToArray();

        var found = await Findings(path, bytes, new EdifactReaderOptions { MaxInterchangeBytes = segments.Length }, "EDI0032");

        Assert.That(found, Is.EqualTo(new[] { new Found("EDI0032", EdifactSeverity.Error, 18, 0, null, 0, 0, segments.Length) }));
    }

    [TestCaseSource(nameof(Paths))]
    public async Task UnterminatedLastSegmentOfExactlyTheLimit_isNotOverIt(string path)
    {
        var bytes = Fixture.Bytes("cuscar-v3-two-messages.edi")[..^1];

        var result = await Judge(path, bytes, new EdifactReaderOptions { MaxInterchangeBytes = bytes.Length });

        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0006" }));
    }

    private static IEnumerable<TestCaseData> PathsAndRepertoireRules() =>
        from path in s_paths
        from rule in new[]
        {
            (Mode: EdifactReadMode.Strict, Enforce: true, Severity: (EdifactSeverity?)EdifactSeverity.Error),
            (Mode: EdifactReadMode.Strict, Enforce: false, Severity: (EdifactSeverity?)EdifactSeverity.Warning),
            (Mode: EdifactReadMode.Lenient, Enforce: true, Severity: (EdifactSeverity?)EdifactSeverity.Warning),
            (Mode: EdifactReadMode.Lenient, Enforce: false, Severity: (EdifactSeverity?)null),
        }
        select new TestCaseData(path, rule.Mode, rule.Enforce, rule.Severity).SetArgDisplayNames(path, rule.Mode.ToString(), rule.Enforce ? "enforced" : "default");

    /// <summary>
    /// Level A (ISO 9735-1 annex A): upper case letters, digits, space and <c>. , - ( ) / = ' + : ? ! " % &amp; * ; &lt; &gt;</c>;
    /// a released service character is part of the value. Each value outside the repertoire is reported once, at its first
    /// offending byte: an error (CONTRL 0085=21) when the repertoire is enforced in strict mode, a warning otherwise.
    /// </summary>
    [TestCaseSource(nameof(PathsAndRepertoireRules))]
    public async Task ValuesOutsideLevelA_areEachReportedOnceAtTheirFirstOffendingByte(string path, EdifactReadMode mode, bool enforce, EdifactSeverity? severity)
    {
        var bytes = Fixture.Bytes("faults/repertoire-level-a.edi");
        var options = new EdifactReaderOptions { Mode = mode, EnforceRepertoire = enforce };

        var result = await Judge(path, bytes, options);

        var expected = severity is not { } s ? [] : new[]
        {
            new Found("EDI0010", s, 21, 4, "NAD", 4, 1, At(bytes, "oe:Jane")),
            new Found("EDI0010", s, 21, 4, "NAD", 4, 2, At(bytes, "ane")),
            new Found("EDI0010", s, 21, 5, "FTX", 4, 1, At(bytes, "$ DATA")),
            new Found("EDI0010", s, 21, 6, "LOC", 2, 1, At(bytes, "@'")),
        };
        Assert.That(await Findings(path, bytes, options, "EDI0010"), Is.EqualTo(expected));
        Assert.That(result.Diagnostics.Select(d => d.Id), Has.All.EqualTo("EDI0010"));
        Assert.That(result.IsValid, Is.EqualTo(severity != EdifactSeverity.Error));
        if (severity is not null)
        {
            Assert.That(result.Diagnostics[2].Message, Is.EqualTo("Character 0x24 is outside the repertoire of UNOA"));
        }
    }

    [TestCaseSource(nameof(Paths))]
    public async Task ValuesOutsideLevelB_lowerCaseIsInside(string path)
    {
        var text = "UNA:+.? 'UNB+UNOB:3+SENDER:ZZ+RECIPIENT:ZZ+260101:1200+REF1'UNH+1+PAXLST:D:02B:UN'NAD+FL+++Doe:Jane'FTX+AAI+++a~b'UNT+4+1'UNZ+1+REF1'";
        var bytes = Encoding.ASCII.GetBytes(text);

        var found = await Findings(path, bytes, new EdifactReaderOptions { EnforceRepertoire = true }, "EDI0010");

        Assert.That(found, Is.EqualTo(new[] { new Found("EDI0010", EdifactSeverity.Error, 21, 4, "FTX", 4, 1, text.IndexOf('~', StringComparison.Ordinal)) }));
    }

    /// <summary>At most 100 values are listed; the rest are counted (and still reject when enforced), so output stays bounded.</summary>
    [TestCaseSource(nameof(Paths))]
    public async Task ValuesOutsideTheRepertoire_beyondTheCapAreCountedNotListed(string path)
    {
        var text = "UNB+UNOA:3+SENDER:ZZ+RECIPIENT:ZZ+260101:1200+REF1'UNH+1+PAXLST:D:02B:UN'"
            + string.Concat(Enumerable.Range(1, 150).Select(i => $"FTX+AAI+++line {i}'")) + "UNT+152+1'UNZ+1+REF1'";
        var bytes = Encoding.ASCII.GetBytes(text);

        var warned = await Judge(path, bytes, EdifactReaderOptions.Strict);
        var rejected = await Judge(path, bytes, new EdifactReaderOptions { EnforceRepertoire = true });

        Assert.That(warned.Diagnostics.Select(d => (d.Id, d.Severity)), Is.EqualTo(Enumerable.Repeat(("EDI0010", EdifactSeverity.Warning), 100)));
        Assert.That(warned.Diagnostics.Select(d => d.SegmentIndex), Is.EqualTo(Enumerable.Range(3, 100)));
        Assert.That(warned.Diagnostics[^1].Message, Is.EqualTo("Character 0x6C is outside the repertoire of UNOA; further values outside it are counted, not listed"));
        Assert.That(warned.SuppressedDiagnostics, Is.EqualTo(50));
        Assert.That(warned.IsValid, Is.True);
        Assert.That(rejected.Diagnostics.Select(d => d.Severity), Is.EqualTo(Enumerable.Repeat(EdifactSeverity.Error, 100)));
        Assert.That(rejected.SuppressedDiagnostics, Is.EqualTo(50));
        Assert.That(rejected.IsValid, Is.False);
    }

    private const string PaxlstHeader = "UNB+UNOA:3+SENDER:ZZ+RECIPIENT:ZZ+260101:1200+REF1'UNH+1+PAXLST:D:02B:UN'";

    /// <summary>A segment longer than the limit, in short elements: it ends beyond the limit in every reading, and is reported at its terminator.</summary>
    [TestCaseSource(nameof(Paths))]
    public async Task SegmentOverLimit_stopsWithError18AtItsTerminator(string path)
    {
        var text = PaxlstHeader + "FTX+AAI" + string.Concat(Enumerable.Repeat("+ABCD", 60)) + "'UNT+3+1'UNZ+1+REF1'";
        var bytes = Encoding.ASCII.GetBytes(text);
        var options = new EdifactReaderOptions { MaxSegmentBytes = 200 };

        var result = await Judge(path, bytes, options);

        Assert.That(await Findings(path, bytes, options, "EDI0030"), Is.EqualTo(new[]
        {
            new Found("EDI0030", EdifactSeverity.Error, 18, 3, "FTX", 0, 0, At(bytes, "'UNT")),
        }));
        Assert.That(result.Diagnostics.Select(d => d.Id), Is.EqualTo(new[] { "EDI0030" }), "reading stops there");
        Assert.That(result.Diagnostics[0].Message, Is.EqualTo("Segment exceeds the limit of 200 bytes"));
    }

    /// <summary>
    /// One value longer than the segment limit: read from a pipe whose buffers cannot hold it, reading stops as soon as more than the
    /// limit is buffered without a token, at the value's start; in memory (or from a buffer that holds it) at the segment's terminator.
    /// </summary>
    [TestCaseSource(nameof(Paths))]
    public async Task ValueOverSegmentLimit_stopsWithError18InThatSegment(string path)
    {
        var text = PaxlstHeader + "FTX+AAI+++" + new string('A', 300) + "'UNT+3+1'UNZ+1+REF1'";
        var bytes = Encoding.ASCII.GetBytes(text);
        var options = new EdifactReaderOptions { MaxSegmentBytes = 200 };

        var found = await Findings(path, bytes, options, "EDI0030");

        var offset = path is "pipe1" or "pipe7" ? At(bytes, "AAAA") : At(bytes, "'UNT");
        Assert.That(found, Is.EqualTo(new[] { new Found("EDI0030", EdifactSeverity.Error, 18, 3, "FTX", 0, 0, offset) }));
    }
}
