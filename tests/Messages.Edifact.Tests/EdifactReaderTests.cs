using System.Text;
using UniPass.Gateway.Messages.Edifact.Tests.Support;

namespace UniPass.Gateway.Messages.Edifact.Tests;

public class EdifactReaderTests
{
    private static byte[] Ascii(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>The transcript of the whole input, once the input read as one-byte segments and split at every index gave the same tokens.</summary>
    private static List<string> Tokens(byte[] bytes, EdifactReadMode mode = EdifactReadMode.Strict)
    {
        SplitReading.AssertSameTokens(bytes, mode);
        return TokenTranscript.OfSpan(bytes, mode);
    }

    [Test]
    public void Read_defaultDelimiters_emitsTagsValuesAndSegmentEndsWithPositions()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:3+S+R+260101:1200+1'UNH+1+X:D:96A:UN'"));

        Assert.That(tokens, Is.EqualTo(new[]
        {
            "SegmentStart 1/0/1/0 @0 [UNB] None",
            "Element 1/1/1/0 @4 [UNOA] None",
            "Element 1/1/2/0 @9 [3] None",
            "Element 1/2/1/0 @11 [S] None",
            "Element 1/3/1/0 @13 [R] None",
            "Element 1/4/1/0 @15 [260101] None",
            "Element 1/4/2/0 @22 [1200] None",
            "Element 1/5/1/0 @27 [1] None",
            "SegmentEnd 1/5/1/0 @28 [] None",
            "SegmentStart 2/0/1/0 @29 [UNH] None",
            "Element 2/1/1/0 @33 [1] None",
            "Element 2/2/1/0 @35 [X] None",
            "Element 2/2/2/0 @37 [D] None",
            "Element 2/2/3/0 @39 [96A] None",
            "Element 2/2/4/0 @43 [UN] None",
            "SegmentEnd 2/2/4/0 @45 [] None",
        }));
    }

    [Test]
    public void Read_unaWithoutReleaseCharacter_takesQuestionMarkAsDataInEveryBlock()
    {
        // UNA position 6 blank: no release character (ISO 9735-1 §7.3), so '?' is data and the
        // terminator ends the value, in the vectorized blocks and in the buffer's short tail alike.
        var text = string.Concat(Enumerable.Repeat("Q?A", 40));
        var tokens = Tokens(Ascii($"UNA:+.  'UNB+UNOA:3+S+R+260101:1200+1'FTX+AAA+{text}'FTX+B+?'"));

        var values = tokens.Where(t => t.StartsWith("Element 2/", StringComparison.Ordinal) || t.StartsWith("Element 3/", StringComparison.Ordinal)).ToArray();
        Assert.That(values, Is.EqualTo(new[]
        {
            "Element 2/1/1/0 @42 [AAA] None",
            $"Element 2/2/1/0 @46 [{text}] None",
            "Element 3/1/1/0 @171 [B] None",
            "Element 3/2/1/0 @173 [?] None",
        }));
        Assert.That(tokens.Count(t => t.StartsWith("SegmentEnd", StringComparison.Ordinal)), Is.EqualTo(3));
    }

    [Test]
    public void Read_emptyElementsAndComponents_areTokensToo()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:3'NAD+FL+++A::C+'"));

        Assert.That(tokens.Skip(4).ToArray(), Is.EqualTo(new[]
        {
            "SegmentStart 2/0/1/0 @11 [NAD] None",
            "Element 2/1/1/0 @15 [FL] None",
            "Element 2/2/1/0 @18 [] None",
            "Element 2/3/1/0 @19 [] None",
            "Element 2/4/1/0 @20 [A] None",
            "Element 2/4/2/0 @22 [] None",
            "Element 2/4/3/0 @23 [C] None",
            "Element 2/5/1/0 @25 [] None",
            "SegmentEnd 2/5/1/0 @25 [] None",
        }));
    }

    [Test]
    public void Read_releaseCharacter_releasesEveryServiceCharacterIncludingItself()
    {
        var reader = new EdifactReader(Ascii("UNA:+.?*'UNB+UNOC:4'FTX+A?:B?+C?'D?*E??F'"));
        string? value = null;
        var escaped = false;
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.Element && reader.SegmentIndex == 2)
            {
                value = reader.GetString();
                escaped = reader.ValueIsEscaped;
            }
        }

        Assert.That(value, Is.EqualTo("A:B+C'D*E?F"));
        Assert.That(escaped, Is.True);
    }

    [Test]
    public void Read_version4WithoutUna_enablesRepetitionSeparatorAfterUnb()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:4+S'DOC+P*V:1'"));

        Assert.That(tokens.Skip(5).ToArray(), Is.EqualTo(new[]
        {
            "SegmentStart 2/0/1/0 @13 [DOC] None",
            "Element 2/1/1/0 @17 [P] None",
            "Element 2/1/1/1 @19 [V] None",
            "Element 2/1/2/1 @21 [1] None",
            "SegmentEnd 2/1/2/1 @22 [] None",
        }));
    }

    [Test]
    public void Read_version3WithoutUna_treatsAsteriskAsData()
    {
        var bytes = Fixture.Bytes("cuscar-v3-two-messages.edi");
        var reader = new EdifactReader(bytes);
        var values = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.Element && reader.SegmentIndex == 3)
            {
                values.Add(reader.GetString());
            }
        }

        Assert.That(values, Is.EqualTo(new[] { "85", "MANIFEST*1", "9" }));
        Assert.That(reader.Delimiters.Repetition, Is.Null);
    }

    [Test]
    public void Read_levelBWithoutUna_usesInformationSeparators()
    {
        var reader = new EdifactReader(Fixture.Bytes("orders-levelb.edi"));
        var bgm = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.Element && reader.SegmentIndex == 3)
            {
                bgm.Add(reader.GetString());
            }
        }

        Assert.That(reader.Delimiters, Is.EqualTo(EdifactDelimiters.LevelB));
        Assert.That(reader.SyntaxIdentifier.Code, Is.EqualTo("UNOB"));
        Assert.That(bgm, Is.EqualTo(new[] { "220", "order: one + two's" }));
    }

    [Test]
    public void Read_customUnaDelimiters_areUsed()
    {
        var reader = new EdifactReader(Fixture.Bytes("invoic-una-custom.edi"));
        var values = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.Element && reader.SegmentIndex is 3 or 4)
            {
                values.Add(reader.GetString());
            }
        }

        Assert.That(values, Is.EqualTo(new[] { "380", "INV*1~2", "9", "203", "1=2" }));
        Assert.That(reader.SegmentIndex, Is.EqualTo(6));
    }

    [Test]
    public void GetString_unoc_decodesLatin1()
    {
        var reader = new EdifactReader(Fixture.Bytes("paxlst-v4-unoc.edi"));
        var names = new List<string>();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.Element && reader.SegmentIndex == 9 && reader.ElementIndex == 4)
            {
                names.Add(reader.GetString());
            }
        }

        Assert.That(names, Is.EqualTo(new[] { "MÜLLER", "JÜRGEN" }));
    }

    [Test]
    public void Read_lineBreaksBetweenSegments_areSkippedAndFlagged()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:3'\r\nUNZ+0+1'\n"));

        Assert.That(tokens[4], Is.EqualTo("SegmentStart 2/0/1/0 @13 [UNZ] LineBreakBefore"));
        Assert.That(tokens, Has.Count.EqualTo(8));
    }

    [Test]
    public void Read_whatPrecedesEachTag_isFlaggedOnItsSegmentStart()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:3'UNH+1'\rBGM'\r\nDTM'\n\rRFF' \nNAD'\tCOM'\r\n\r\nUNT+7+1'UNZ+1+1'"));

        Assert.That(tokens.Where(t => t.StartsWith("SegmentStart", StringComparison.Ordinal)).ToArray(), Is.EqualTo(new[]
        {
            "SegmentStart 1/0/1/0 @0 [UNB] None",
            "SegmentStart 2/0/1/0 @11 [UNH] None",
            "SegmentStart 3/0/1/0 @18 [BGM] LineBreakBefore",
            "SegmentStart 4/0/1/0 @24 [DTM] LineBreakBefore",
            "SegmentStart 5/0/1/0 @30 [RFF] LineBreakBefore",
            "SegmentStart 6/0/1/0 @36 [NAD] LineBreakBefore, WhitespaceBefore",
            "SegmentStart 7/0/1/0 @41 [COM] WhitespaceBefore",
            "SegmentStart 8/0/1/0 @49 [UNT] LineBreakBefore",
            "SegmentStart 9/0/1/0 @57 [UNZ] None",
        }));
    }

    [Test]
    public void Read_lineBreakInsideValue_isFlaggedAndRemovedByUnescaping()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:3'FTX+AB\r\nC'"));

        Assert.That(tokens[5], Is.EqualTo("Element 2/1/1/0 @15 [ABC] LineBreakInValue"));
    }

    [Test]
    public void Read_lenientNewlineTerminator_endsSegmentsAtLineBreaksBeforeTags()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:1+S+R+1\nUNH+1+X:D:96A:UN\nUNS\nUNT+3+1\n"), EdifactReadMode.Lenient);

        Assert.That(tokens.Where(t => t.StartsWith("Segment", StringComparison.Ordinal)).ToArray(), Is.EqualTo(new[]
        {
            "SegmentStart 1/0/1/0 @0 [UNB] None",
            "SegmentEnd 1/4/1/0 @16 [] LineBreakTerminator",
            "SegmentStart 2/0/1/0 @17 [UNH] LineBreakBefore",
            "SegmentEnd 2/2/4/0 @33 [] LineBreakTerminator",
            "SegmentStart 3/0/1/0 @34 [UNS] LineBreakBefore",
            "SegmentEnd 3/0/1/0 @37 [] LineBreakTerminator",
            "SegmentStart 4/0/1/0 @38 [UNT] LineBreakBefore",
            "SegmentEnd 4/2/1/0 @45 [] LineBreakTerminator",
        }));
    }

    [Test]
    public void Read_strictNewlineTerminator_isAValueWithLineBreaks()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:1+S\nUNH+1'"));

        Assert.That(tokens, Does.Contain("Element 1/2/1/0 @11 [SUNH] LineBreakInValue"));
    }

    [Test]
    public void Read_truncatedInput_endsWithUnterminatedSegment()
    {
        var tokens = Tokens(Ascii("UNB+UNOA:3'UNZ+1+AB"));

        Assert.That(tokens[^2], Is.EqualTo("Element 2/2/1/0 @17 [AB] None"));
        Assert.That(tokens[^1], Is.EqualTo("SegmentEnd 2/2/1/0 @19 [] Unterminated"));
    }

    [Test]
    public void Read_invalidUna_throwsSyntaxExceptionWithCode20()
    {
        var ex = Assert.Throws<EdifactSyntaxException>(() => TokenTranscript.OfSpan(Ascii("UNA:+.?+'UNB+UNOA:3'")));

        Assert.That(ex!.ContrlCode, Is.EqualTo(20));
        Assert.That(ex.DiagnosticId, Is.EqualTo("EDI0001"));
    }

    [Test]
    public void Read_partialBlock_returnsFalseUntilTheTokenIsComplete()
    {
        var reader = new EdifactReader(Ascii("UNB+UNO"), isFinalBlock: false, new EdifactReaderState());

        Assert.That(reader.Read(), Is.True);
        Assert.That(reader.TokenType, Is.EqualTo(EdifactTokenType.SegmentStart));
        Assert.That(reader.Read(), Is.False);
        Assert.That(reader.BytesConsumed, Is.EqualTo(4));
    }

    [Test]
    public void Read_longValueAcrossBlocks_findsEveryDelimiter()
    {
        var text = "UNB+UNOA:3'FTX+" + new string('A', 150) + "?'" + new string('B', 70) + ":C'";
        var tokens = Tokens(Ascii(text));

        Assert.That(tokens[5], Is.EqualTo($"Element 2/1/1/0 @15 [{new string('A', 150)}'{new string('B', 70)}] Released"));
        Assert.That(tokens[6], Is.EqualTo("Element 2/1/2/0 @238 [C] None"));
    }

    [Test]
    public void CopyUnescaped_shortDestination_throws()
    {
        var bytes = Ascii("UNB+UNOA:3'");
        var threw = false;
        var reader = new EdifactReader(bytes);
        reader.Read();
        reader.Read();
        try
        {
            reader.CopyUnescaped(new byte[2]);
        }
        catch (ArgumentException)
        {
            threw = true;
        }

        Assert.That(threw, Is.True);
    }
}
