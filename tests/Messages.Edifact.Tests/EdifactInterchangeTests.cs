using System.Text;
using UniPass.Gateway.Messages.Edifact.Tests.Support;

namespace UniPass.Gateway.Messages.Edifact.Tests;

/// <summary>Envelope checks (ISO 9735-1 §8): each fault is found, located and coded, strict rejects, lenient recovers.</summary>
public class EdifactInterchangeTests
{
    private const string Unb = "UNB+UNOA:3+SENDER:ZZ+RECIPIENT:ZZ+260101:1200+REF1'";

    /// <summary>Validates <paramref name="text"/> once the input split at every index and read as one-byte segments gave the same diagnostics.</summary>
    private static EdifactValidationResult Validate(string text, EdifactReadMode mode = EdifactReadMode.Strict)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        var options = new EdifactReaderOptions { Mode = mode };
        SplitReading.AssertSameDiagnostics(bytes, options);
        return EdifactInterchange.Validate(bytes, options);
    }

    private static EdifactDiagnostic Single(EdifactValidationResult result, string id)
    {
        var found = result.Diagnostics.Where(d => d.Id == id).ToArray();
        Assert.That(found, Has.Length.EqualTo(1), string.Join("\n", result.Diagnostics));
        return found[0];
    }

    [TestCaseSource(typeof(Fixture), nameof(Fixture.Names))]
    public void Validate_ownFixtures_areValidWithoutWarnings(string name)
    {
        var result = EdifactInterchange.Validate(Fixture.Bytes(name));

        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info), Is.Empty);
    }

    [Test]
    public void Validate_paxlstV4_readsEnvelopeHeaders()
    {
        var result = EdifactInterchange.Validate(Fixture.Bytes("paxlst-v4-unoc.edi"));

        Assert.That(result.Syntax.Code, Is.EqualTo("UNOC"));
        Assert.That(result.Version, Is.EqualTo(SyntaxVersion.V4));
        Assert.That(result.Interchange!.Sender, Is.EqualTo(new PartyIdentification("AIRLINE1", "ZZ")));
        Assert.That(result.Interchange.ControlReference, Is.EqualTo("REF0001"));
        Assert.That(result.Interchange.ApplicationReference, Is.EqualTo("APIS"));
        Assert.That(result.Interchange.IsTest, Is.True);
        Assert.That(result.Groups.Single().Reference, Is.EqualTo("GRP1"));
        var message = result.Messages.Single();
        Assert.That(message.Header.Type, Is.EqualTo("PAXLST"));
        Assert.That(message.Header.Directory, Is.EqualTo("D:02B:UN"));
        Assert.That(message.Header.AssociationAssignedCode, Is.EqualTo("IATA"));
        Assert.That(message.Header.CommonAccessReference, Is.EqualTo("CAR1"));
        Assert.That(message.Header.FirstAndLastTransfer, Is.EqualTo("F"));
        Assert.That(message.SegmentCount, Is.EqualTo(10));
        Assert.That(message.SegmentIndex, Is.EqualTo(3));
        Assert.That(message.GroupReference, Is.EqualTo("GRP1"));
    }

    [Test]
    public void Validate_cuscarV3_readsTwoBareMessagesAndPassword()
    {
        var result = EdifactInterchange.Validate(Fixture.Bytes("cuscar-v3-two-messages.edi"));

        Assert.That(result.Messages.Select(m => m.Header.Reference), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(result.Messages.Select(m => m.SegmentCount), Is.EqualTo(new[] { 4, 5 }));
        Assert.That(result.Interchange!.RecipientPassword, Is.EqualTo("PWD"));
        Assert.That(result.Interchange.AcknowledgementRequest, Is.EqualTo("1"));
        Assert.That(result.InterchangeTrailer, Is.EqualTo(new EnvelopeTrailer("UNZ", 2, "CR00042", 11)));
    }

    [Test]
    public void Validate_wrongUntCount_isError29AtUntElement1()
    {
        var result = Validate(Unb + "UNH+1+PAXLST:D:02B:UN'BGM+745'UNT+5+1'UNZ+1+REF1'");

        var d = Single(result, "EDI0016");
        Assert.That(result.IsValid, Is.False);
        Assert.That((d.Severity, d.ContrlCode, d.SegmentIndex, d.MessageSegmentIndex, d.SegmentTag, d.Element, d.Component), Is.EqualTo((EdifactSeverity.Error, 29, 4, 3, "UNT", 1, 1)));
        Assert.That(d.ByteOffset, Is.EqualTo(Unb.Length + "UNH+1+PAXLST:D:02B:UN'BGM+745'UNT+".Length));
        Assert.That(d.ToString(), Is.EqualTo("4(UNT):1:1: error EDI0016: UNT segment count 5 does not match the 3 segments of message '1' (UNH and UNT included) (CONTRL 0085=29)"));
    }

    [Test]
    public void Validate_wrongUntCountLenient_isWarningAndValid()
    {
        var result = Validate(Unb + "UNH+1+PAXLST:D:02B:UN'BGM+745'UNT+5+1'UNZ+1+REF1'", EdifactReadMode.Lenient);

        Assert.That(Single(result, "EDI0016").Severity, Is.EqualTo(EdifactSeverity.Warning));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void Validate_untReferenceMismatch_isError28()
    {
        var d = Single(Validate(Unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+9'UNZ+1+REF1'"), "EDI0017");

        Assert.That((d.ContrlCode, d.Element), Is.EqualTo((28, 2)));
    }

    [Test]
    public void Validate_unzCountAndReference_areChecked()
    {
        var result = Validate(Unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNZ+3+REF2'");

        Assert.That(Single(result, "EDI0013").ContrlCode, Is.EqualTo(29));
        Assert.That(Single(result, "EDI0014").ContrlCode, Is.EqualTo(28));
    }

    [Test]
    public void Validate_unzCountsGroupsWhenThereAreGroups()
    {
        var result = Validate(Unb + "UNG+PAXLST+A+B+260101:1200+G1+UN+D:02B'UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNH+2+PAXLST:D:02B:UN'UNT+2+2'UNE+2+G1'UNZ+1+REF1'");

        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Messages.Select(m => m.GroupReference), Is.EqualTo(new[] { "G1", "G1" }));
    }

    [Test]
    public void Validate_uneCountAndReference_areChecked()
    {
        var result = Validate(Unb + "UNG+PAXLST+A+B+260101:1200+G1+UN+D:02B'UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNE+2+G2'UNZ+1+REF1'");

        Assert.That(Single(result, "EDI0019").ContrlCode, Is.EqualTo(29));
        Assert.That(Single(result, "EDI0020").ContrlCode, Is.EqualTo(28));
    }

    [Test]
    public void Validate_groupsAndBareMessagesMixed_isError30()
    {
        var d = Single(Validate(Unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNG+PAXLST+A+B+260101:1200+G1+UN+D:02B'UNH+2+PAXLST:D:02B:UN'UNT+2+2'UNE+1+G1'UNZ+2+REF1'"), "EDI0021");

        Assert.That((d.ContrlCode, d.SegmentIndex, d.SegmentTag), Is.EqualTo((30, 4, "UNG")));
    }

    [Test]
    public void Validate_missingUnzStrict_isError13_lenientWarning()
    {
        var text = Unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+1'";

        Assert.That(Single(Validate(text), "EDI0012").Severity, Is.EqualTo(EdifactSeverity.Error));
        Assert.That(Single(Validate(text, EdifactReadMode.Lenient), "EDI0012").Severity, Is.EqualTo(EdifactSeverity.Warning));
        Assert.That(Validate(text, EdifactReadMode.Lenient).IsValid, Is.True);
    }

    [Test]
    public void Validate_missingUntBeforeNextUnh_isError13AndBothMessagesAreKept()
    {
        var result = Validate(Unb + "UNH+1+PAXLST:D:02B:UN'BGM+745'UNH+2+PAXLST:D:02B:UN'UNT+2+2'UNZ+2+REF1'");

        var d = Single(result, "EDI0015");
        Assert.That((d.ContrlCode, d.SegmentIndex), Is.EqualTo((13, 2)));
        Assert.That(result.Messages.Select(m => (m.Header.Reference, m.SegmentCount)), Is.EqualTo(new[] { ("1", 2), ("2", 2) }));
    }

    [Test]
    public void Validate_truncatedInput_reportsUnterminatedSegmentAndMissingTrailers()
    {
        var result = Validate(Unb + "UNH+1+PAXLST:D:02B:UN'BGM+74");

        Assert.That(Single(result, "EDI0006").SegmentIndex, Is.EqualTo(3));
        Assert.That(Single(result, "EDI0015").ContrlCode, Is.EqualTo(13));
        Assert.That(Single(result, "EDI0012").ContrlCode, Is.EqualTo(13));
        Assert.That(Validate(Unb + "UNH+1+PAXLST:D:02B:UN'BGM+74", EdifactReadMode.Lenient).IsValid, Is.False);
    }

    [Test]
    public void Validate_emptyMessageType_isError13_lenientWarning()
    {
        var text = Unb + "UNH+1+:D:95B:UN'UNT+2+1'UNZ+1+REF1'";

        Assert.That((Single(Validate(text), "EDI0023").Element, Single(Validate(text), "EDI0023").Component), Is.EqualTo((2, 1)));
        Assert.That(Validate(text, EdifactReadMode.Lenient).IsValid, Is.True);
    }

    [Test]
    public void Validate_segmentOutsideMessage_isError33()
    {
        var d = Single(Validate(Unb + "BGM+745'UNZ+0+REF1'"), "EDI0022");

        Assert.That((d.ContrlCode, d.SegmentTag, d.MessageSegmentIndex), Is.EqualTo((33, "BGM", 0)));
    }

    [Test]
    public void Validate_noUnb_isError13()
    {
        var d = Single(Validate("UNH+1+PAXLST:D:02B:UN'UNT+2+1'"), "EDI0002");

        Assert.That((d.ContrlCode, d.SegmentIndex), Is.EqualTo((13, 1)));
    }

    [TestCase("UNZ+0+REF1'", "UNZ")]
    [TestCase("UNT+2+1'UNZ+0+REF1'", "UNT")]
    [TestCase("UNE+1+G1'UNZ+1+REF1'", "UNE")]
    [TestCase("UNA:+.? 'UNZ+0+REF1'", "UNZ")]
    public void Validate_trailerFirst_isNoUnbAtSegmentOne(string text, string found)
    {
        var result = Validate(text);
        var d = Single(result, "EDI0002");

        Assert.That((d.ContrlCode, d.SegmentIndex, d.ByteOffset, d.Message), Is.EqualTo((13, 1, text.StartsWith("UNA") ? 9L : 0L, $"Interchange header UNB missing: found {found}")));
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void Validate_messageAfterUnzOfGroupedInterchange_isDataAfterInterchangeOnly()
    {
        var result = Validate(Unb + "UNG+PAXLST+A+B+260101:1200+G1+UN+D:02B'UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNE+1+G1'UNZ+1+REF1'"
            + "UNH+2+PAXLST:D:02B:UN'UNT+2+2'");

        // Not a bare message beside the groups (EDI0021): it is no part of the interchange at all.
        Assert.That(result.Diagnostics.Select(d => (d.Id, d.SegmentIndex, d.SegmentTag)), Is.EqualTo(new[]
        {
            ("EDI0028", 7, (string?)"UNH"),
            ("EDI0028", 8, (string?)"UNT"),
        }), string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Validate_unknownSyntaxIdentifierAndVersion_areError2()
    {
        var result = Validate("UNB+ABCD:7+S+R+260101:1200+1'UNH+1+X:D:96A:UN'UNT+2+1'UNZ+1+1'");

        Assert.That((Single(result, "EDI0003").ContrlCode, Single(result, "EDI0003").Component), Is.EqualTo((2, 1)));
        Assert.That((Single(result, "EDI0004").ContrlCode, Single(result, "EDI0004").Component), Is.EqualTo((2, 2)));
    }

    [Test]
    public void Validate_unowBeforeVersion4_isInconsistent()
    {
        var d = Single(Validate("UNB+UNOW:3+S+R+260101:1200+1'UNH+1+X:D:96A:UN'UNT+2+1'UNZ+1+1'"), "EDI0025");

        Assert.That(d.Severity, Is.EqualTo(EdifactSeverity.Error));
    }

    [Test]
    public void Validate_noMessages_isLowerLevelEmpty32()
    {
        Assert.That(Single(Validate(Unb + "UNZ+0+REF1'"), "EDI0029").ContrlCode, Is.EqualTo(32));
    }

    [Test]
    public void Validate_missingMandatoryUnbElement_isError13WithPosition()
    {
        var d = Single(Validate("UNB+UNOA:3+S++260101:1200+1'UNH+1+X:D:96A:UN'UNT+2+1'UNZ+1+1'"), "EDI0026");

        Assert.That((d.ContrlCode, d.SegmentTag, d.Element, d.Component), Is.EqualTo((13, "UNB", 3, 1)));
    }

    [Test]
    public void Validate_nonNumericCount_isError12()
    {
        Assert.That(Single(Validate(Unb + "UNH+1+X:D:96A:UN'UNT+A+1'UNZ+1+REF1'"), "EDI0027").ContrlCode, Is.EqualTo(12));
    }

    [Test]
    public void Validate_blanksBetweenSegments_strictError_lenientWarning()
    {
        var text = Unb + "UNH+1+X:D:96A:UN'\t BGM+1'UNT+3+1'UNZ+1+REF1'";

        Assert.That(Single(Validate(text), "EDI0009").SegmentIndex, Is.EqualTo(3));
        Assert.That(Validate(text, EdifactReadMode.Lenient).IsValid, Is.True);
    }

    [Test]
    public void Validate_lineBreaksBetweenSegments_areOnlyNoted()
    {
        var result = Validate(Unb + "\r\nUNH+1+X:D:96A:UN'\r\nUNT+2+1'\r\nUNZ+1+REF1'\r\n");

        Assert.That(result.IsValid, Is.True);
        Assert.That(Single(result, "EDI0033").Severity, Is.EqualTo(EdifactSeverity.Info));
    }

    [Test]
    public void Validate_lineBreakInsideSegment_strictError_lenientWarning()
    {
        var text = Unb + "UNH+1+X:D:96A:UN'FTX+AAI+++LINE\r\nWRAPPED'UNT+3+1'UNZ+1+REF1'";

        var d = Single(Validate(text), "EDI0007");
        Assert.That((d.SegmentIndex, d.Element, d.MessageSegmentIndex), Is.EqualTo((3, 4, 2)));
        Assert.That(Validate(text, EdifactReadMode.Lenient).IsValid, Is.True);
    }

    [Test]
    public void Validate_newlineAsTerminatorLenient_recoversWithOneWarning()
    {
        var result = Validate("UNB+UNOA:1+S+R+260101:1200+7\nUNH+1+X:D:96A:UN\nBGM+1\nUNT+3+1\nUNZ+1+7\n", EdifactReadMode.Lenient);

        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(Single(result, "EDI0008").Severity, Is.EqualTo(EdifactSeverity.Warning));
        Assert.That(result.Messages.Single().SegmentCount, Is.EqualTo(3));
    }

    [Test]
    public void Validate_unaRepetitionSeparatorBeforeVersion4_isWarning()
    {
        var d = Single(Validate("UNA:+.?*'UNB+UNOA:3+S+R+260101:1200+1'UNH+1+X:D:96A:UN'UNT+2+1'UNZ+1+1'"), "EDI0011");

        Assert.That(d.Severity, Is.EqualTo(EdifactSeverity.Warning));
        Assert.That(d.ContrlCode, Is.EqualTo(20), "a character advised in UNA is invalid as service character");
    }

    [TestCase(Unb + "UNH+1+PAXLST:D:02B:UN'UNT+00000002+1'UNZ+1+REF1'", 3, "UNT", "0074", "n..6", TestName = "Validate_version3UntCountOfEightDigits_isTooLong")]
    [TestCase(Unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNZ+0000001+REF1'", 4, "UNZ", "0036", "n..6", TestName = "Validate_unzCountOfSevenDigits_isTooLong")]
    [TestCase(Unb + "UNG+PAXLST+A+B+260101:1200+G1+UN+D:02B'UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNE+0000001+G1'UNZ+1+REF1'", 5, "UNE", "0060", "n..6", TestName = "Validate_uneCountOfSevenDigits_isTooLong")]
    [TestCase("UNB+UNOA:4+SENDER:ZZ+RECIPIENT:ZZ+20260101:1200+REF1'UNH+1+PAXLST:D:02B:UN'UNT+00000000002+1'UNZ+1+REF1'", 3, "UNT", "0074", "n..10", TestName = "Validate_version4UntCountOfElevenDigits_isTooLong")]
    public void Validate_controlCountLongerThanItsRepresentation_isTooLongAndStillCompared(string text, int segment, string tag, string id, string format)
    {
        var result = Validate(text);

        var d = Single(result, "EDI0126");
        Assert.That((d.SegmentIndex, d.SegmentTag, d.Element, d.Component, d.ContrlCode), Is.EqualTo((segment, tag, 1, 1, 39)));
        Assert.That(d.Message, Does.Contain(id).And.Contain(format));
        Assert.That(d.ByteOffset, Is.EqualTo(text.IndexOf(tag + "+", StringComparison.Ordinal) + 4));
        Assert.That(result.Diagnostics.Where(x => x.Severity == EdifactSeverity.Error).Select(x => x.Id), Is.EqualTo(new[] { "EDI0126" }), "the count itself matches");
    }

    [TestCase("UNB+UNOA:3+S+R+261301:1200+REF1'", 4, 1, TestName = "Validate_unbMonth13_isInvalid")]
    [TestCase("UNB+UNOA:3+S+R+260230:1200+REF1'", 4, 1, TestName = "Validate_unbFebruary30_isInvalid")]
    [TestCase("UNB+UNOA:4+S+R+20250229:1200+REF1'", 4, 1, TestName = "Validate_unbFebruary29OfACommonYear_isInvalid")]
    [TestCase("UNB+UNOA:3+S+R+260101:2500+REF1'", 4, 2, TestName = "Validate_unbHour25_isInvalid")]
    [TestCase("UNB+UNOA:3+S+R+260101:1260+REF1'", 4, 2, TestName = "Validate_unbMinute60_isInvalid")]
    public void Validate_envelopeDateOrTimeThatDoesNotExist_isInvalidValue(string unb, int element, int component)
    {
        var result = Validate(unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNZ+1+REF1'");

        var d = Single(result, "EDI0027");
        Assert.That((d.SegmentIndex, d.SegmentTag, d.Element, d.Component, d.ContrlCode), Is.EqualTo((1, "UNB", element, component, 12)));
    }

    [TestCase("UNB+UNOA:4+S+R+20240229:2359+REF1'", TestName = "Validate_unbFebruary29OfALeapYear_isValid")]
    [TestCase("UNB+UNOA:3+S+R+000229:0000+REF1'", TestName = "Validate_unbFebruary29OfYear00_isValid")]
    public void Validate_envelopeDateAndTimeThatExist_areValid(string unb)
    {
        var result = Validate(unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNZ+1+REF1'");

        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Validate_ungDateThatDoesNotExist_isInvalidValue()
    {
        var d = Single(Validate(Unb + "UNG+PAXLST+A+B+261332:1200+G1+UN+D:02B'UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNE+1+G1'UNZ+1+REF1'"), "EDI0027");

        Assert.That((d.SegmentIndex, d.SegmentTag, d.Element, d.Component), Is.EqualTo((2, "UNG", 4, 1)));
    }

    [Test]
    public void Read_version3UnaNamingARepetitionSeparator_readsItAsData()
    {
        // Before version 4 UNA position 5 is reserved (ISO 9735-1 §7.2): '*' is a level A character there.
        var result = Validate("UNA:+.?*'UNB+UNOA:3+S+R+260101:1200+REF1'UNH+1+PAXLST:D:02B:UN+AB*CD'UNT+2+1'UNZ+1+REF1'");

        Assert.That(result.Diagnostics.Select(d => (d.Id, d.Severity)), Is.EqualTo(new[] { ("EDI0011", EdifactSeverity.Warning) }));
        Assert.That(result.Delimiters.Repetition, Is.Null);
        var reader = new EdifactReader(Encoding.Latin1.GetBytes("UNA:+.?*'UNB+UNOA:3+S+R+260101:1200+REF1'UNH+1+X:D:02B:UN+AB*CD'"));
        var values = new List<(string Value, int Repetition)>();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.Element && reader.SegmentIndex == 2 && reader.ElementIndex == 3)
            {
                values.Add((Encoding.Latin1.GetString(reader.ValueSpan), reader.RepetitionIndex));
            }
        }

        Assert.That(values, Is.EqualTo(new[] { ("AB*CD", 0) }));
    }

    [TestCase(new byte[] { 0xFF, 0xFE }, 0, TestName = "Validate_utf8LevelWithInvalidBytes_isInvalidUtf8")]
    [TestCase(new byte[] { 0xC0, 0xAF }, 0, TestName = "Validate_utf8LevelWithAnOverlongSequence_isInvalidUtf8")]
    [TestCase(new byte[] { 0xE2, 0x82 }, 0, TestName = "Validate_utf8LevelWithATruncatedSequence_isInvalidUtf8")]
    [TestCase(new byte[] { 0xED, 0xA0, 0x80 }, 0, TestName = "Validate_utf8LevelWithAnEncodedSurrogate_isInvalidUtf8")]
    [TestCase(new byte[] { 0xC3, 0xA9, 0xFF }, 2, TestName = "Validate_utf8LevelWithInvalidBytesAfterValidOnes_isLocatedAtTheFirstBadByte")]
    public void Validate_utf8LevelValueThatIsNotUtf8_isReportedAtItsFirstBadByte(byte[] bad, int index)
    {
        var head = Encoding.ASCII.GetBytes("UNB+UNOY:4+S+R+20260101:1200+REF1'UNH+1+PAXLST:D:02B:UN+A");
        var tail = Encoding.ASCII.GetBytes("B'UNT+2+1'UNZ+1+REF1'");
        var bytes = head.Concat(bad).Concat(tail).ToArray();
        var options = new EdifactReaderOptions();
        SplitReading.AssertSameDiagnostics(bytes, options);

        var strict = EdifactInterchange.Validate(bytes, options);
        var lenient = EdifactInterchange.Validate(bytes, EdifactReaderOptions.Lenient);

        var d = Single(strict, "EDI0035");
        Assert.That((d.SegmentIndex, d.SegmentTag, d.Element, d.Component, d.ContrlCode, d.Severity), Is.EqualTo((2, "UNH", 3, 1, 21, EdifactSeverity.Error)));
        Assert.That(d.ByteOffset, Is.EqualTo(head.Length + index));
        Assert.That(strict.IsValid, Is.False);
        Assert.That(Single(lenient, "EDI0035").Severity, Is.EqualTo(EdifactSeverity.Warning));
        Assert.That(lenient.IsValid, Is.True);
    }

    [Test]
    public void Validate_utf8LevelWithCharactersOutsideTheBmp_isValid()
    {
        var result = EdifactInterchange.Validate(Encoding.UTF8.GetBytes("UNB+UNOY:4+S+R+20260101:1200+REF1'UNH+1+PAXLST:D:02B:UN+É𝄞漢'UNT+2+1'UNZ+1+REF1'"));

        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
    }

    [Test]
    public void Validate_releaseCharacterEndingTheInput_isReportedAloneAndReleasesNothing()
    {
        var result = Validate(Unb + "UNH+1+PAXLST:D:02B:UN'UNT+2+1'UNZ+1+REF1?");

        // The dangling release character (EDI0006) is not part of the reference, which matches UNB's.
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("EDI0006").And.Not.Contain("EDI0014"), string.Join("\n", result.Diagnostics));
        Assert.That(result.InterchangeTrailer!.Reference, Is.EqualTo("REF1"));
    }

    [Test]
    public void Validate_levelL_isIso885915()
    {
        // Version 4 code list 0001: UNOL, ISO/IEC 8859-15 (the euro sign at 0xA4).
        var bytes = Encoding.ASCII.GetBytes("UNB+UNOL:4+S+R+20260101:1200+REF1'UNH+1+PAXLST:D:02B:UN+EUR#'UNT+2+1'UNZ+1+REF1'");
        bytes[Array.IndexOf(bytes, (byte)'#')] = 0xA4;

        var result = EdifactInterchange.Validate(bytes);

        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Syntax.Code, Is.EqualTo("UNOL"));
        Assert.That(result.Syntax.Encoding.GetString([0xA4]), Is.EqualTo("€"));
    }

    [Test]
    public void Validate_invalidUna_isError20AndReadingStops()
    {
        var result = Validate("UNA:+.?:'UNB+UNOA:3'");

        // 0085 = 20: a character advised in UNA is invalid as service character.
        Assert.That(Single(result, "EDI0001").ContrlCode, Is.EqualTo(20));
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void Validate_emptyInput_isError()
    {
        Assert.That(Single(Validate(""), "EDI0034").Severity, Is.EqualTo(EdifactSeverity.Error));
    }

    [Test]
    public void Validate_tagWithTrailingBlankLenient_isRecovered()
    {
        var result = Validate(Unb + "UNG +PAXLST+A+B+260101:1200+G1+UN+D:02B'UNH+1+X:D:96A:UN'UNT+2+1'UNE+1+G1'UNZ+1+REF1'", EdifactReadMode.Lenient);

        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(Single(result, "EDI0005").Severity, Is.EqualTo(EdifactSeverity.Warning));
        Assert.That(result.Groups.Single().Reference, Is.EqualTo("G1"));
    }

    [Test]
    public void Validate_repertoireLevelA_reportsFirstInvalidCharacterAsWarning()
    {
        var d = Single(Validate(Unb + "UNH+1+X:D:96A:UN'FTX+AAI+++Abc'UNT+3+1'UNZ+1+REF1'"), "EDI0010");

        Assert.That((d.Severity, d.ContrlCode, d.Element), Is.EqualTo((EdifactSeverity.Warning, 21, 4)));
        Assert.That(d.ByteOffset, Is.EqualTo(Unb.Length + "UNH+1+X:D:96A:UN'FTX+AAI+++A".Length));
    }

    [Test]
    public void Catalogue_idsAreUniqueAndWellFormed()
    {
        var ids = EdifactDiagnostics.All.Select(d => d.Id).ToArray();

        Assert.That(ids, Is.Unique);
        Assert.That(ids, Has.All.Match("^EDI[0-9]{4}$"));
        Assert.That(EdifactDiagnostics.All.Where(d => d.DefaultSeverity != EdifactSeverity.Info).Select(d => d.ContrlCode), Has.All.InRange(2, 40));
    }
}
