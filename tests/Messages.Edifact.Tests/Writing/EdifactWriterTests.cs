using System.Buffers;
using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Tests.Writing;

/// <summary>Examples written from ISO 9735: service string advice, level defaults, escaping, truncation, control counts, misuse.</summary>
public class EdifactWriterTests
{
    private static readonly InterchangeHeader Header = new()
    {
        SyntaxIdentifier = string.Empty,
        SyntaxVersion = SyntaxVersion.Unknown,
        Sender = new PartyIdentification("SENDER", "ZZ"),
        Recipient = new PartyIdentification("CUSTOMS", "ZZ"),
        Date = "260101",
        Time = "1200",
        ControlReference = "REF1",
    };

    private static readonly InterchangeHeader HeaderVersion4 = Header with { Date = "20260101" };

    private static readonly MessageHeader Cuscar = new() { Reference = "1", Type = "CUSCAR", Version = "D", Release = "95B", ControllingAgency = "UN" };

    private static string Write(EdifactWriterOptions options, Action<EdifactWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new EdifactWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.Latin1.GetString(buffer.WrittenSpan);
    }

    private static void OneMessage(EdifactWriter writer, InterchangeHeader header, Action<EdifactWriter> body)
    {
        writer.WriteInterchangeHeader(header);
        writer.WriteMessageHeader(Cuscar);
        body(writer);
        writer.WriteMessageTrailer();
        writer.WriteInterchangeTrailer();
    }

    private static void Segment(EdifactWriter writer, string tag, params string[] elements)
    {
        writer.WriteSegmentStart(tag);
        foreach (var element in elements)
        {
            writer.WriteElement(element);
        }

        writer.WriteSegmentEnd();
    }

    [Test]
    public void WriteInterchangeHeader_defaultDelimitersVersion3_writesNoUna()
    {
        var text = Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w => Segment(w, "BGM", "85")));

        // ISO 9735-1 §7.2: UNA is needed only when the service characters differ from the level's defaults.
        Assert.That(text, Is.EqualTo("UNB+UNOC:3+SENDER:ZZ+CUSTOMS:ZZ+260101:1200+REF1'UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+3+1'UNZ+1+REF1'"));
    }

    [Test]
    public void WriteInterchangeHeader_version4Defaults_writesNoUnaAndRepeatsWithAsterisk()
    {
        var options = new EdifactWriterOptions { Version = SyntaxVersion.V4 };

        var text = Write(options, w => OneMessage(w, HeaderVersion4, w =>
        {
            w.WriteSegmentStart("DOC");
            w.WriteElement("P");
            w.WriteComponent("110");
            w.WriteRepetition("V");
            w.WriteComponent("110");
            w.WriteElement("X*1");
            w.WriteSegmentEnd();
        }));

        // Version 4 defaults are :+.?*' (ISO 9735-1 §7.1); the repetition separator in data is released.
        Assert.That(text, Is.EqualTo("UNB+UNOC:4+SENDER:ZZ+CUSTOMS:ZZ+20260101:1200+REF1'UNH+1+CUSCAR:D:95B:UN'DOC+P:110*V:110+X?*1'UNT+3+1'UNZ+1+REF1'"));
    }

    [Test]
    public void WriteInterchangeHeader_otherDelimiters_writesUnaWithReservedPosition5BeforeVersion4()
    {
        var options = new EdifactWriterOptions
        {
            Syntax = SyntaxIdentifier.Unoa,
            Version = SyntaxVersion.V2,
            Delimiters = new EdifactDelimiters((byte)'=', (byte)'*', (byte)'.', (byte)'\\', null, (byte)'~'),
        };

        var text = Write(options, w => OneMessage(w, Header, w => Segment(w, "BGM", "INV*1~2", "1=2")));

        // UNA position 5 is a reserved space before version 4 (ISO 9735-1 §7.2).
        Assert.That(text, Does.StartWith("UNA=*.\\ ~UNB*UNOA=2*SENDER=ZZ*CUSTOMS=ZZ*260101=1200*REF1~"));
        Assert.That(text, Does.Contain("BGM*INV\\*1\\~2*1\\=2~"));
    }

    [Test]
    public void WriteInterchangeHeader_alwaysWriteServiceStringAdvice_writesDefaultUna()
    {
        var options = new EdifactWriterOptions { Version = SyntaxVersion.V4, AlwaysWriteServiceStringAdvice = true };

        var text = Write(options, w => OneMessage(w, HeaderVersion4, w => Segment(w, "BGM", "85")));

        Assert.That(text, Does.StartWith("UNA:+.?*'UNB+UNOC:4+"));
    }

    [Test]
    public void WriteInterchangeHeader_levelBDefaults_usesInformationSeparatorsWithoutUnaOrRelease()
    {
        var options = new EdifactWriterOptions { Syntax = SyntaxIdentifier.Unob };

        var text = Write(options, w => OneMessage(w, Header, w => Segment(w, "BGM", "order: one + two's?")));

        // Level B: IS1 component, IS3 element, IS4 segment, no release character (ISO 9735-1 §7.1);
        // ' + : ? are ordinary data there.
        Assert.That(text, Is.EqualTo(
            "UNB\u001DUNOB\u001F3\u001DSENDER\u001FZZ\u001DCUSTOMS\u001FZZ\u001D260101\u001F1200\u001DREF1\u001C"
            + "UNH\u001D1\u001DCUSCAR\u001FD\u001F95B\u001FUN\u001CBGM\u001Dorder: one + two's?\u001CUNT\u001D3\u001D1\u001CUNZ\u001D1\u001DREF1\u001C"));
        var read = EdifactInterchange.Validate(Encoding.Latin1.GetBytes(text));
        Assert.That(read.IsValid, Is.True, string.Join("\n", read.Diagnostics));
        Assert.That(read.Syntax.Code, Is.EqualTo("UNOB"));
    }

    [Test]
    public void WriteElement_serviceCharactersAndReleaseCharacter_areReleased()
    {
        var text = Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w => Segment(w, "FTX", "A+B:C'D?E*F")));

        // ISO 9735-1 §7.3: every service character in data, the release character too, is preceded by '?'.
        // Before version 4 '*' is not a service character.
        Assert.That(text, Does.Contain("FTX+A?+B?:C?'D??E*F'"));
    }

    [Test]
    public void WriteElement_emptyValues_areTruncatedAtTheEndAndKeptInTheMiddle()
    {
        var text = Write(new EdifactWriterOptions { Version = SyntaxVersion.V4 }, w => OneMessage(w, HeaderVersion4, w =>
        {
            w.WriteSegmentStart("NAD");
            w.WriteElement("MS");
            w.WriteElement(string.Empty);
            w.WriteComponent(string.Empty);
            w.WriteElement("X");
            w.WriteComponent(string.Empty);
            w.WriteComponent("Y");
            w.WriteComponent(string.Empty);
            w.WriteRepetition(string.Empty);
            w.WriteElement(string.Empty);
            w.WriteComponent(string.Empty);
            w.WriteSegmentEnd();
        }));

        Assert.That(text, Does.Contain("'NAD+MS++X::Y'"));
    }

    [Test]
    public void WriteElement_numbers_useInvariantDigitsAndTheUnaDecimalMark()
    {
        var options = new EdifactWriterOptions { Delimiters = new EdifactDelimiters((byte)':', (byte)'+', (byte)',', (byte)'?', null, (byte)'\'') };

        var text = Write(options, w => OneMessage(w, Header, w =>
        {
            w.WriteSegmentStart("MEA");
            w.WriteElement(-42);
            w.WriteComponent(12.50m);
            w.WriteSegmentEnd();
        }));

        Assert.That(text, Does.StartWith("UNA:+,? '"));
        Assert.That(text, Does.Contain("MEA+-42:12,50'"));
    }

    [Test]
    public void WriteMessageTrailer_countsUnhToUntAndEchoesTheReference()
    {
        var text = Write(new EdifactWriterOptions(), w =>
        {
            w.WriteInterchangeHeader(Header);
            w.WriteMessageHeader(Cuscar with { Reference = "M1" });
            Segment(w, "BGM", "85");
            Segment(w, "TDT", "20");
            w.WriteMessageTrailer();
            w.WriteMessageHeader(Cuscar with { Reference = "M2" });
            w.WriteMessageTrailer();
            w.WriteInterchangeTrailer();
        });

        Assert.That(text, Does.Contain("TDT+20'UNT+4+M1'UNH+M2+"));
        Assert.That(text, Does.EndWith("UNT+2+M2'UNZ+2+REF1'"));
    }

    [Test]
    public void WriteGroupTrailer_countsMessagesOfTheGroup_andUnzCountsGroups()
    {
        var group = new GroupHeader { MessageGroupId = "CUSCAR", ApplicationSender = new PartyIdentification("APP1"), ApplicationRecipient = new PartyIdentification("APP2"), Date = "260101", Time = "1200", Reference = "G1", ControllingAgency = "UN", MessageVersion = "D", MessageRelease = "95B" };

        var text = Write(new EdifactWriterOptions(), w =>
        {
            w.WriteInterchangeHeader(Header);
            w.WriteGroupHeader(group);
            w.WriteMessageHeader(Cuscar);
            w.WriteMessageTrailer();
            w.WriteMessageHeader(Cuscar with { Reference = "2" });
            w.WriteMessageTrailer();
            w.WriteGroupTrailer();
            w.WriteGroupHeader(group with { Reference = "G2" });
            w.WriteMessageHeader(Cuscar);
            w.WriteMessageTrailer();
            w.WriteGroupTrailer();
            w.WriteInterchangeTrailer();
            Assert.That((w.GroupCount, w.MessageCount, w.SegmentIndex), Is.EqualTo((2, 3, 12)));
        });

        Assert.That(text, Does.Contain("UNG+CUSCAR+APP1+APP2+260101:1200+G1+UN+D:95B'"));
        Assert.That(text, Does.Contain("UNT+2+2'UNE+2+G1'"));
        Assert.That(text, Does.EndWith("UNE+1+G2'UNZ+2+REF1'"));
        var read = EdifactInterchange.Validate(Encoding.Latin1.GetBytes(text));
        Assert.That(read.IsValid, Is.True, string.Join("\n", read.Diagnostics));
    }

    [Test]
    public void Positions_followTheSegmentsWritten()
    {
        Write(new EdifactWriterOptions(), w =>
        {
            w.WriteInterchangeHeader(Header);
            Assert.That((w.SegmentIndex, w.MessageSegmentIndex), Is.EqualTo((1, 0)));
            w.WriteMessageHeader(Cuscar);
            Assert.That((w.SegmentIndex, w.MessageSegmentIndex), Is.EqualTo((2, 1)));
            w.WriteSegmentStart("BGM");
            w.WriteElement("85");
            w.WriteElement("X");
            Assert.That((w.SegmentIndex, w.MessageSegmentIndex, w.ElementIndex), Is.EqualTo((3, 2, 2)));
            w.WriteSegmentEnd();
            w.WriteMessageTrailer();
            Assert.That((w.SegmentIndex, w.MessageSegmentIndex), Is.EqualTo((4, 0)));
            w.WriteInterchangeTrailer();
        });
    }

    [Test]
    public async Task Stream_bytesArePendingUntilFlushed()
    {
        const string Unb = "UNB+UNOC:3+SENDER:ZZ+CUSTOMS:ZZ+260101:1200+REF1'";
        using var stream = new MemoryStream();
        await using var writer = new EdifactWriter(stream, new EdifactWriterOptions());
        writer.WriteInterchangeHeader(Header);

        Assert.That((stream.Length, writer.BytesPending, writer.BytesCommitted), Is.EqualTo((0L, Unb.Length, 0L)));
        await writer.FlushAsync();
        Assert.That((stream.Length, writer.BytesPending, writer.BytesCommitted), Is.EqualTo(((long)Unb.Length, 0, (long)Unb.Length)));
        Assert.That(Encoding.Latin1.GetString(stream.ToArray()), Is.EqualTo(Unb));
    }

    [Test]
    public void LineBreakAfterSegment_writesCrLfThatReadersTolerate()
    {
        var text = Write(new EdifactWriterOptions { LineBreakAfterSegment = true }, w => OneMessage(w, Header, w => Segment(w, "BGM", "85")));

        Assert.That(text, Does.StartWith("UNB+UNOC:3+SENDER:ZZ+CUSTOMS:ZZ+260101:1200+REF1'\r\nUNH+1+"));
        var read = EdifactInterchange.Validate(Encoding.Latin1.GetBytes(text));
        Assert.That(read.IsValid, Is.True);
        Assert.That(read.Diagnostics.Select(d => d.Severity), Is.All.EqualTo(EdifactSeverity.Info));
    }

    [Test]
    public void WriteElement_textOutsideLevelA_isRejectedWithItsPosition()
    {
        var options = new EdifactWriterOptions { Syntax = SyntaxIdentifier.Unoa };

        var ex = Assert.Throws<ArgumentException>(() => Write(options, w => OneMessage(w, Header, w => Segment(w, "FTX", "MUELLER Ä"))));
        var lower = Assert.Throws<ArgumentException>(() => Write(options, w => OneMessage(w, Header, w => Segment(w, "FTX", "Mueller"))));

        Assert.That(ex!.Message, Does.Contain("(U+00C4) at index 8").And.Contain("repertoire of syntax level A"));
        Assert.That(lower!.Message, Does.Contain("0x75 at index 1"));
    }

    [Test]
    public void WriteElement_characterTheLevelCannotEncode_isRejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w => Segment(w, "MOA", "5 €"))));

        Assert.That(ex!.Message, Does.Contain("U+20AC at index 2").And.Contain("UNOC"));
    }

    [Test]
    public void WriteElement_serviceCharacterWithoutReleaseCharacter_isRejected()
    {
        var options = new EdifactWriterOptions { Syntax = SyntaxIdentifier.Unob };

        var ex = Assert.Throws<ArgumentException>(() => Write(options, w => OneMessage(w, Header, w => Segment(w, "FTX", "A\u001DB"))));

        Assert.That(ex!.Message, Does.Contain("no release character"));
    }

    [Test]
    public void WriteElement_lineBreak_isRejected()
    {
        Assert.Throws<ArgumentException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w => Segment(w, "FTX", "line\nbreak"))));
    }

    [Test]
    public void WriteElement_afterSegmentEnd_isMisuse()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w =>
        {
            Segment(w, "BGM", "85");
            w.WriteElement("X");
        })));

        Assert.That(ex!.Message, Does.Contain("belongs to a segment"));
    }

    [Test]
    public void WriteComponent_beforeAnyElement_isMisuse()
    {
        Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w =>
        {
            w.WriteSegmentStart("BGM");
            w.WriteComponent("X");
        })));
    }

    [Test]
    public void WriteRepetition_beforeVersion4_isMisuse()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w =>
        {
            w.WriteSegmentStart("DOC");
            w.WriteElement("P");
            w.WriteRepetition("V");
        })));

        Assert.That(ex!.Message, Does.Contain("Syntax version 3 has no repetition separator"));
    }

    [Test]
    public void WriteSegmentStart_segmentOutsideMessageOrEnvelopeTag_isMisuse()
    {
        Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w =>
        {
            w.WriteInterchangeHeader(Header);
            w.WriteSegmentStart("BGM");
        }));
        Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w => w.WriteSegmentStart("UNT"))));
        Assert.Throws<ArgumentException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w => w.WriteSegmentStart("bgm"))));
    }

    [Test]
    public void WriteSegmentStart_segmentNotEnded_isMisuse()
    {
        Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w => OneMessage(w, Header, w =>
        {
            w.WriteSegmentStart("BGM");
            w.WriteSegmentStart("DTM");
        })));
    }

    [Test]
    public void WriteGroupHeader_afterBareMessage_isMisuse()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w =>
        {
            w.WriteInterchangeHeader(Header);
            w.WriteMessageHeader(Cuscar);
            w.WriteMessageTrailer();
            w.WriteGroupHeader(new GroupHeader { Reference = "G1" });
        }));

        Assert.That(ex!.Message, Does.Contain("0085=30"));
    }

    [Test]
    public void WriteInterchangeTrailer_emptyInterchangeOrOpenMessage_isMisuse()
    {
        Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w =>
        {
            w.WriteInterchangeHeader(Header);
            w.WriteInterchangeTrailer();
        }));
        Assert.Throws<InvalidOperationException>(() => Write(new EdifactWriterOptions(), w =>
        {
            w.WriteInterchangeHeader(Header);
            w.WriteMessageHeader(Cuscar);
            w.WriteInterchangeTrailer();
        }));
    }

    [TestCase("REF-LONGER-THAN-14", "260101", "0020")]
    [TestCase("REF1", "20260101", "0017")]
    [TestCase("REF1", "26011", "0017")]
    public void WriteInterchangeHeader_valueNotFittingVersion3_isRejected(string reference, string date, string element)
    {
        var ex = Assert.Throws<ArgumentException>(() => Write(new EdifactWriterOptions(), w => w.WriteInterchangeHeader(Header with { ControlReference = reference, Date = date })));

        Assert.That(ex!.Message, Does.Contain("UNB " + element));
    }

    [Test]
    public void WriteInterchangeHeader_routingAddressLength_dependsOnTheVersion()
    {
        var routing = Header with { Sender = new PartyIdentification("SENDER", "ZZ", "ROUTING-ADDRESS-20") };

        Assert.Throws<ArgumentException>(() => Write(new EdifactWriterOptions(), w => w.WriteInterchangeHeader(routing)));
        Assert.DoesNotThrow(() => Write(new EdifactWriterOptions { Version = SyntaxVersion.V4 }, w => w.WriteInterchangeHeader(routing with { Date = "20260101" })));
    }

    [Test]
    public void WriteInterchangeHeader_headerForAnotherSyntax_isRejected()
    {
        Assert.Throws<ArgumentException>(() => Write(new EdifactWriterOptions(), w => w.WriteInterchangeHeader(Header with { SyntaxIdentifier = "UNOA" })));
        Assert.Throws<ArgumentException>(() => Write(new EdifactWriterOptions(), w => w.WriteInterchangeHeader(Header with { SyntaxVersion = SyntaxVersion.V4 })));
    }

    [Test]
    public void Constructor_impossibleOptions_areRejected()
    {
        var output = new ArrayBufferWriter<byte>();

        Assert.Throws<ArgumentException>(() => new EdifactWriter(output, new EdifactWriterOptions { Syntax = SyntaxIdentifier.Unoy }));
        Assert.Throws<ArgumentException>(() => new EdifactWriter(output, new EdifactWriterOptions { Delimiters = EdifactDelimiters.DefaultVersion4 }));
        Assert.Throws<ArgumentException>(() => new EdifactWriter(output, new EdifactWriterOptions { Version = SyntaxVersion.Unknown }));
        Assert.Throws<ArgumentException>(() => new EdifactWriter(output, new EdifactWriterOptions { Syntax = default }));
        Assert.Throws<ArgumentException>(() => new EdifactWriter(output, new EdifactWriterOptions { Delimiters = new EdifactDelimiters((byte)'A', (byte)'+', (byte)'.', (byte)'?', null, (byte)'\'') }));
        Assert.Throws<ArgumentException>(() => new EdifactWriter(output, new EdifactWriterOptions { Delimiters = new EdifactDelimiters((byte)':', (byte)'+', (byte)';', (byte)'?', null, (byte)'\'') }));
        Assert.Throws<ArgumentException>(() => new EdifactWriter(output, new EdifactWriterOptions { Syntax = SyntaxIdentifier.Unoy, Version = SyntaxVersion.V4, Delimiters = new EdifactDelimiters(0xA7, (byte)'+', (byte)'.', (byte)'?', (byte)'*', (byte)'\'') }));
    }

    [Test]
    public void Constructor_version4WithoutRepetitionSeparator_isRejected()
    {
        // A space in UNA position 5 would declare the space the repetition separator to a version-4 reader.
        var ex = Assert.Throws<ArgumentException>(() => new EdifactWriter(new ArrayBufferWriter<byte>(), new EdifactWriterOptions { Version = SyntaxVersion.V4, Delimiters = EdifactDelimiters.Default }));

        Assert.That(ex!.Message, Does.Contain("Syntax version 4 has a repetition separator"));
    }

    [Test]
    public void ForVersion_makesDelimitersWritableInTheVersion()
    {
        var v3WithRepetition = new EdifactDelimiters((byte)':', (byte)'+', (byte)'.', (byte)'?', (byte)'*', (byte)'\'');
        var v4Star = new EdifactDelimiters((byte)':', (byte)'*', (byte)'.', (byte)'?', null, (byte)'\'');

        Assert.That(v3WithRepetition.ForVersion(SyntaxVersion.V3), Is.EqualTo(EdifactDelimiters.Default));
        Assert.That(EdifactDelimiters.Default.ForVersion(SyntaxVersion.V3), Is.EqualTo(EdifactDelimiters.Default));
        Assert.That(EdifactDelimiters.Default.ForVersion(SyntaxVersion.V4), Is.EqualTo(EdifactDelimiters.DefaultVersion4));
        Assert.That(EdifactDelimiters.LevelB.ForVersion(SyntaxVersion.V4), Is.EqualTo(EdifactDelimiters.LevelBVersion4));
        Assert.That(v4Star.ForVersion(SyntaxVersion.V4).Repetition, Is.EqualTo((byte)'^'), "'*' separates elements here");
        Assert.That(EdifactDelimiters.DefaultVersion4.ForVersion(SyntaxVersion.V4), Is.EqualTo(EdifactDelimiters.DefaultVersion4));
        Assert.That(() => new EdifactWriter(new ArrayBufferWriter<byte>(), new EdifactWriterOptions { Version = SyntaxVersion.V4, Delimiters = v4Star.ForVersion(SyntaxVersion.V4) }), Throws.Nothing);
    }

    [Test]
    public void SkipValidation_writesWhatItIsTold_andStillCounts()
    {
        var text = Write(new EdifactWriterOptions { SkipValidation = true }, w =>
        {
            w.WriteInterchangeHeader(Header with { ControlReference = "REFERENCE-TOO-LONG" });
            w.WriteMessageHeader(Cuscar);
            w.WriteSegmentStart("bgm");
            w.WriteElement("lower case");
            w.WriteSegmentEnd();
            w.WriteMessageTrailer();
            w.WriteSegmentStart("UNZ");
            w.WriteElement(7);
            w.WriteElement("REFERENCE-TOO-LONG");
            w.WriteSegmentEnd();
        });

        Assert.That(text, Does.EndWith("bgm+lower case'UNT+3+1'UNZ+7+REFERENCE-TOO-LONG'"));
    }
}
