using UniPass.Gateway.Messages.Edifact.Tests.Support;
using static UniPass.Gateway.Messages.Edifact.Tests.Support.ValidationFixture;

namespace UniPass.Gateway.Messages.Edifact.Tests.Validation;

/// <summary>A message against its segment table (PAXLST D.02B): one fault per case, reported once, where CONTRL needs it.</summary>
public sealed class SegmentTableValidationTests
{
    [Test]
    public void Validate_paxlstWrittenFromTheDirectory_hasNoFinding()
    {
        var result = Validate(Interchange(PaxlstBody));

        Assert.That(Findings(result), Is.Empty, Describe(result));
        Assert.That(result.IsValid, Is.True);
        Assert.That(result.MessageCount, Is.EqualTo(1));
        Assert.That(result.Level, Is.EqualTo(UniPass.Gateway.Messages.Edifact.Validation.EdifactValidationLevel.Structure));
    }

    [Test]
    public void Validate_mandatorySegmentMissing_reportsItAtTheNextSegment()
    {
        var result = Validate(Interchange(PaxlstBody.Skip(1)));

        var d = Findings(result).Single();
        Assert.That(d.Id, Is.EqualTo("EDI0110"));
        Assert.That(Where(d), Is.EqualTo((3, 2, "NAD", 0, 0, 0, 13)));
        Assert.That(d.Message, Does.Contain("BGM").And.Contain("0020"));
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void Validate_mandatoryGroupMissing_reportsTheGroup()
    {
        // BGM straight to CNT: SG2 (M 10, the flight) is skipped.
        var result = Validate(Interchange(["BGM+745", "CNT+42:0"]));

        var d = Findings(result).Single();
        Assert.That((d.Id, d.SegmentTag, d.SegmentIndex, d.ContrlCode), Is.EqualTo(("EDI0111", "CNT", 4, 13)));
        Assert.That(d.Message, Does.Contain("SG2").And.Contain("TDT"));
    }

    [Test]
    public void Validate_segmentRepeatedTooOften_reportsTooManyRepetitions()
    {
        // 0030 RFF C 1.
        var body = PaxlstBody.Take(1).Concat(["RFF+AVF:A1", "RFF+AVF:A2"]).Concat(PaxlstBody.Skip(1));

        var d = Findings(Validate(Interchange(body))).Single();

        Assert.That(d.Id, Is.EqualTo("EDI0112"));
        Assert.That(Where(d), Is.EqualTo((5, 4, "RFF", 0, 0, 0, 35)));
    }

    [Test]
    public void Validate_groupRepeatedTooOften_reportsTooManyGroupRepetitions()
    {
        // 0090 SG2 M 10: an eleventh TDT.
        var legs = Enumerable.Range(0, 11).SelectMany(_ => new[] { "TDT+20+LH400", "DTM+189:2601011200:201" });
        var body = PaxlstBody.Take(2).Concat(legs).Concat(PaxlstBody.Skip(8));

        var d = Findings(Validate(Interchange(body))).Single();

        Assert.That(d.Id, Is.EqualTo("EDI0113"));
        Assert.That(Where(d), Is.EqualTo((25, 24, "TDT", 0, 0, 0, 36)));
        Assert.That(d.Message, Does.Contain("11 times"));
    }

    [Test]
    public void Validate_groupOfItsTriggerAloneRepeatedTooOften_reportsTooManyGroupRepetitions()
    {
        // CUSCAR D.95B 0070 SG1 C 9 (0080 TDT M 1, LOC and DTM conditional): a tenth TDT is a tenth SG1,
        // not a second TDT in the ninth.
        var body = new[] { "BGM+85+M1+9" }.Concat(Enumerable.Repeat("TDT+20+V1", 10));

        var d = Findings(Validate(Interchange(body, "CUSCAR:D:95B:UN"))).Single();

        Assert.That(d.Id, Is.EqualTo("EDI0113"));
        Assert.That(Where(d), Is.EqualTo((13, 12, "TDT", 0, 0, 0, 36)));
        Assert.That(d.Message, Does.Contain("SG1").And.Contain("10 times"));
    }

    [TestCase("ABCD+1")]
    [TestCase("dtm+189:2601011200:201")]
    public void Validate_invalidTag_isReportedOnceAndTheRestStillMatches(string segment)
    {
        var body = PaxlstBody.Take(4).Append(segment).Concat(PaxlstBody.Skip(4));

        var d = Findings(Validate(Interchange(body))).Single();

        Assert.That((d.Id, d.SegmentIndex, d.ContrlCode), Is.EqualTo(("EDI0005", 7, 12)));
    }

    [Test]
    public void Validate_segmentOutOfPlace_isUnexpectedAndTheRestStillMatches()
    {
        // DOC belongs to SG5 under a passenger, not to the flight.
        var body = PaxlstBody.Take(3).Append("DOC+P:110:111+X1").Concat(PaxlstBody.Skip(3));

        var d = Findings(Validate(Interchange(body))).Single();

        Assert.That(d.Id, Is.EqualTo("EDI0114"));
        Assert.That(Where(d), Is.EqualTo((6, 5, "DOC", 0, 0, 0, 15)));
        Assert.That(d.Message, Does.Contain("after TDT"));
    }

    [Test]
    public void Validate_segmentNotInTheMessage_isReported()
    {
        var body = PaxlstBody.Take(1).Append("IMD+F").Concat(PaxlstBody.Skip(1));

        var d = Findings(Validate(Interchange(body))).Single();

        Assert.That(d.Id, Is.EqualTo("EDI0115"));
        Assert.That(Where(d), Is.EqualTo((4, 3, "IMD", 0, 0, 0, 15)));
    }

    [Test]
    public void Validate_messageClosedWithoutTrailer_reportsWhatTheTableStillNeeds()
    {
        var text = Version3Header + "UNH+1+PAXLST:D:02B:UN'BGM+745'UNZ+1+REF1'";

        var result = Validate(text);

        var structure = result.Diagnostics.Single(d => d.Id.StartsWith("EDI01", StringComparison.Ordinal));
        Assert.That((structure.Id, structure.SegmentIndex, structure.MessageSegmentIndex, structure.SegmentTag), Is.EqualTo(("EDI0111", 3, 2, "BGM")));
        Assert.That(structure.Message, Does.Contain("at the end of the message"));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("EDI0015"));
    }

    [Test]
    public void Validate_manyFaults_areAllReportedInOnePassInInputOrder()
    {
        var body = PaxlstBody.Skip(1).Take(7).Append("IMD+F").Append("NAD+9Z+++DOE:JANE").Concat(PaxlstBody.Skip(9)).Append("NAD+FL");

        var findings = Findings(Validate(Interchange(body)));

        // BGM missing; IMD not in PAXLST; 9Z not a 3035 code; a NAD after CNT where no position takes it.
        Assert.That(findings.Select(d => d.Id), Is.EqualTo(new[] { "EDI0110", "EDI0115", "EDI0131", "EDI0114" }));
        Assert.That(findings.Select(d => d.SegmentIndex), Is.Ordered.Ascending);
    }
}
