using UniPass.Gateway.Messages.Edifact.Validation;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.ValidationFixture;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>
/// Each segment against its definition in PAXLST D.02B and the ISO 9735 service directory:
/// status, constituents, repetitions, representation (ISO 9735-1 §9, §10) and code lists.
/// Every case changes one value of a valid message and expects exactly one finding, located.
/// </summary>
public sealed class ElementValidationTests
{
    // Body index, changed segment, diagnostic, then (segment index, message segment index, tag, element, component, repetition, 0085 code).
    [TestCase(8, "NAD++++DOE:JANE", "EDI0120", 11, 10, "NAD", 1, 0, 0, 13, TestName = "Validate_mandatorySimpleElementMissing_EDI0120")]
    [TestCase(10, "DTM+:800101", "EDI0121", 13, 12, "DTM", 1, 1, 0, 13, TestName = "Validate_mandatoryComponentMissing_EDI0121")]
    [TestCase(0, "BGM+745++++X", "EDI0122", 3, 2, "BGM", 5, 0, 0, 16, TestName = "Validate_moreElementsThanDefined_EDI0122")]
    [TestCase(10, "DTM+329:800101::X", "EDI0123", 13, 12, "DTM", 1, 4, 0, 16, TestName = "Validate_moreComponentsThanDefined_EDI0123")]
    [TestCase(8, "NAD+FL:X+++DOE:JANE", "EDI0123", 11, 10, "NAD", 1, 2, 0, 16, TestName = "Validate_componentsOnASimpleElement_EDI0123")]
    [TestCase(15, "CNT+42:1A", "EDI0125", 18, 17, "CNT", 1, 2, 0, 37, TestName = "Validate_letterInNumericElement_EDI0125")]
    [TestCase(8, "NAD+FLXX+++DOE:JANE", "EDI0126", 11, 10, "NAD", 1, 1, 0, 39, TestName = "Validate_valueLongerThanItsFormat_EDI0126")]
    [TestCase(15, "CNT+42:1,5", "EDI0128", 18, 17, "CNT", 1, 2, 0, 19, TestName = "Validate_commaWhereTheDecimalMarkIsAFullStop_EDI0128")]
    [TestCase(15, "CNT+42:.5", "EDI0129", 18, 17, "CNT", 1, 2, 0, 38, TestName = "Validate_noDigitBeforeTheDecimalMark_EDI0129")]
    [TestCase(15, "CNT+42:1.5.2", "EDI0130", 18, 17, "CNT", 1, 2, 0, 12, TestName = "Validate_twoDecimalMarks_EDI0130")]
    [TestCase(15, "CNT+42:5-", "EDI0130", 18, 17, "CNT", 1, 2, 0, 12, TestName = "Validate_trailingMinusSign_EDI0130")]
    [TestCase(15, "CNT+42:-", "EDI0130", 18, 17, "CNT", 1, 2, 0, 12, TestName = "Validate_signWithoutDigits_EDI0130")]
    [TestCase(15, "CNT+42:5.", "EDI0130", 18, 17, "CNT", 1, 2, 0, 12, TestName = "Validate_noDigitAfterTheDecimalMark_EDI0130")]
    [TestCase(8, "NAD+9Z+++DOE:JANE", "EDI0131", 11, 10, "NAD", 1, 1, 0, 12, TestName = "Validate_valueNotInTheCodeList_EDI0131")]
    public void Validate_oneFaultyValue_isReportedOnceWhereItIs(int index, string segment, string id, int segmentIndex, int messageSegmentIndex, string tag, int element, int component, int repetition, int code)
    {
        var result = Validate(Paxlst(index, segment));

        var d = Findings(result).Single();
        Assert.That(d.Id, Is.EqualTo(id), Describe(result));
        Assert.That(Where(d), Is.EqualTo((segmentIndex, messageSegmentIndex, tag, element, component, repetition, code)));
        Assert.That(d.Severity, Is.EqualTo(EdifactSeverity.Error));
        Assert.That(d.ByteOffset, Is.GreaterThan(0));
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void Validate_faultyValue_pointsItsByteOffsetAtTheValue()
    {
        var text = Paxlst(8, "NAD+FLXX+++DOE:JANE");

        var d = Findings(Validate(text)).Single();

        Assert.That(text.Substring((int)d.ByteOffset, 4), Is.EqualTo("FLXX"));
    }

    [Test]
    public void Validate_digitInAlphabeticServiceElement_EDI0125()
    {
        // UNB 0029 processing priority is a1.
        var d = Findings(Validate(Interchange(PaxlstBody, header: "UNB+UNOC:3+AIRLINE:ZZ+CUSTOMS:ZZ+260101:1200+REF1+++1'"))).Single();

        Assert.That(d.Id, Is.EqualTo("EDI0125"));
        Assert.That(Where(d), Is.EqualTo((1, 0, "UNB", 8, 1, 0, 37)));
    }

    [Test]
    public void Validate_fixedLengthValueTooShort_EDI0127()
    {
        // Syntax version 3: UNB S004/0017 is n6 (YYMMDD).
        var d = Findings(Validate(Interchange(PaxlstBody, header: "UNB+UNOC:3+AIRLINE:ZZ+CUSTOMS:ZZ+26010:1200+REF1'"))).Single();

        Assert.That(d.Id, Is.EqualTo("EDI0127"));
        Assert.That(Where(d), Is.EqualTo((1, 0, "UNB", 4, 1, 0, 40)));
    }

    [Test]
    public void Validate_elementRepeatedBeyondItsMaximum_EDI0124()
    {
        // Syntax version 4 repetition separator '*': NAD 3035 occurs once.
        var result = Validate(Paxlst(8, "NAD+FL*FL+++DOE:JANE", Version4Header));

        var d = Findings(result).Single();
        Assert.That(d.Id, Is.EqualTo("EDI0124"), Describe(result));
        Assert.That(Where(d), Is.EqualTo((11, 10, "NAD", 1, 0, 1, 35)));
    }

    [Test]
    public void Validate_version4Interchange_isValidAgainstTheVersion4ServiceDirectory()
    {
        var result = Validate(Interchange(PaxlstBody, header: Version4Header));

        Assert.That(Findings(result), Is.Empty, Describe(result));
    }

    [TestCase("CNT+42:1.5", TestName = "Validate_version4FullStop_isADecimalMark")]
    [TestCase("CNT+42:1,5", TestName = "Validate_version4Comma_isADecimalMark")]
    public void Validate_version4_acceptsBothDecimalMarks(string segment)
    {
        Assert.That(Findings(Validate(Paxlst(15, segment, Version4Header))), Is.Empty);
    }

    [Test]
    public void Validate_unaAnnouncesComma_commaIsTheDecimalMarkAndFullStopIsNot()
    {
        const string Header = "UNA:+,? 'UNB+UNOC:3+AIRLINE:ZZ+CUSTOMS:ZZ+260101:1200+REF1'";

        Assert.That(Findings(Validate(Paxlst(15, "CNT+42:1,5", Header))), Is.Empty);
        var d = Findings(Validate(Paxlst(15, "CNT+42:1.5", Header))).Single();
        Assert.That((d.Id, d.ContrlCode), Is.EqualTo(("EDI0128", 19)));
    }

    [TestCase("CNT+42:-123456789012345678", true, TestName = "Validate_minusSignNotCounted_eighteenDigitsFit")]
    [TestCase("CNT+42:123456789012.345678", true, TestName = "Validate_decimalMarkNotCounted_eighteenDigitsFit")]
    [TestCase("CNT+42:1234567890123456789", false, TestName = "Validate_nineteenDigits_tooLongForN18")]
    public void Validate_numericLength_countsDigitsOnly(string segment, bool valid)
    {
        var findings = Findings(Validate(Paxlst(15, segment)));

        Assert.That(findings.Select(d => d.Id), valid ? Is.Empty : Is.EqualTo(new[] { "EDI0126" }));
    }

    [Test]
    public void Validate_releasedCharacter_countsAsOneCharacter()
    {
        // "F?+X" is the three characters F+X: within an..3 (3035); its code is not checked here.
        var result = Validate(Paxlst(8, "NAD+F?+X+++DOE:JANE"), Options with { CheckCodeLists = false });

        Assert.That(Findings(result), Is.Empty, Describe(result));
    }

    [Test]
    public void Validate_codeListsOff_acceptsAgreedCodesButStillChecksServiceSegments()
    {
        var options = Options with { CheckCodeLists = false };

        Assert.That(Findings(Validate(Paxlst(8, "NAD+9Z+++DOE:JANE"), options)), Is.Empty);
        var d = Findings(Validate(Interchange(PaxlstBody, header: "UNB+UNOC:3+AIRLINE:ZZ+CUSTOMS:ZZ+260101:1200+REF1++++5'"), options)).Single();
        Assert.That((d.Id, d.SegmentTag, d.Element), Is.EqualTo(("EDI0131", "UNB", 9)));
    }

    [TestCase("UNB+UNOC:4+AIRLINE:ZZ+CUSTOMS:ZZ+20260101:1200+REF1++++2'", 0, TestName = "Validate_version4ReceiptRequest_isACodeOf0031")]
    [TestCase("UNB+UNOC:3+AIRLINE:ZZ+CUSTOMS:ZZ+260101:1200+REF1++++2'", 1, TestName = "Validate_version3ReceiptRequest_isNoCodeOf0031")]
    public void Validate_acknowledgementRequest_isJudgedByTheVersionsCodes(string header, int errors)
    {
        // ISO 9735-1 0031: 1 (acknowledgement requested); version 4 adds 2 (indication of receipt).
        var findings = Findings(Validate(Interchange(PaxlstBody, header: header)));

        Assert.That(findings.Select(d => (d.Id, d.SegmentTag, d.Element)), Is.EqualTo(Enumerable.Repeat(("EDI0131", "UNB", 9), errors)));
    }

    [TestCase("DOC+P+X1234567", 1, TestName = "Validate_documentCodeOfNoListNamed_isTheDirectorysToJudge")]
    [TestCase("DOC+P::6+X1234567", 1, TestName = "Validate_documentCodeOfUnEce_isTheDirectorysToJudge")]
    [TestCase("DOC+P:110:111+X1234567", 0, TestName = "Validate_documentCodeOfAnotherAgency_isThatAgencys")]
    [TestCase("DOC+P::ZZZ+X1234567", 0, TestName = "Validate_documentCodeMutuallyDefined_isThePartnersToJudge")]
    [TestCase("DOC+P:110+X1234567", 0, TestName = "Validate_documentCodeOfANamedList_isThatListsToJudge")]
    public void Validate_codeInACompositeNamingItsList_isJudgedByThatList(string segment, int errors)
    {
        var findings = Findings(Validate(Paxlst(13, segment)));

        Assert.That(findings.Select(d => (d.Id, d.Component)), Is.EqualTo(Enumerable.Repeat(("EDI0131", 1), errors)));
    }

    [Test]
    public void Validate_codeListIdentificationUnderUnEce_isItselfChecked()
    {
        var d = Findings(Validate(Paxlst(13, "DOC+P:ZZZZ:6+X1234567"))).Single();

        Assert.That((d.Id, d.Element, d.Component), Is.EqualTo(("EDI0131", 1, 2)));
    }

    [TestCase("DTM+189:2613011200:201", TestName = "Validate_dateWithMonth13_EDI0132")]
    [TestCase("DTM+189:201301011200:201", TestName = "Validate_dateLongerThanItsFormat_EDI0132")]
    [TestCase("DTM+189:2602301200:201", TestName = "Validate_dateThirtiethOfFebruary_EDI0132")]
    public void Validate_dateNotInItsFormat_isAWarningByDefault(string segment)
    {
        var result = Validate(Paxlst(3, segment));

        var d = result.Diagnostics.Single(x => x.Id == "EDI0132");
        Assert.That(Where(d), Is.EqualTo((6, 5, "DTM", 1, 2, 0, 12)));
        Assert.That(d.Severity, Is.EqualTo(EdifactSeverity.Warning));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void Validate_dateNotInItsFormat_isAnErrorWhenConfigured()
    {
        var result = Validate(Paxlst(3, "DTM+189:2613011200:201"), Options with { DateTimeSeverity = EdifactSeverity.Error });

        Assert.That(Findings(result).Single().Severity, Is.EqualTo(EdifactSeverity.Error));
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void Validate_envelopeLevel_judgesNoDirectory()
    {
        var result = Validate(Paxlst(8, "NAD+9Z+++DOE:JANE"), Options with { Level = EdifactValidationLevel.Envelope });

        Assert.That(result.Diagnostics, Is.Empty);
        Assert.That(result.Level, Is.EqualTo(EdifactValidationLevel.Envelope));
    }

    [Test]
    public void Validate_serviceSegmentValues_areNotReportedTwiceWithTheEnvelope()
    {
        // UNT 0074 not numeric: the envelope reports it (EDI0027); the directory level does not repeat it.
        var text = Interchange(PaxlstBody).Replace("UNT+18+1", "UNT+1X+1", StringComparison.Ordinal);

        var result = Validate(text);

        Assert.That(Findings(result).Select(d => d.Id), Is.EqualTo(new[] { "EDI0027" }), Describe(result));
    }

    [Test]
    public void Validate_allDiagnosticsInTheCatalogue_haveDistinctIds()
    {
        var ids = EdifactDiagnostics.All.Select(d => d.Id).ToArray();

        Assert.That(ids, Is.Unique);
        Assert.That(ids.Count(i => i.StartsWith("EDI01", StringComparison.Ordinal)), Is.EqualTo(22));
    }
}
