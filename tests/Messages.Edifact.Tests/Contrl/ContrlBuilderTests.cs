using System.Text;
using UniPass.Gateway.Messages.Edifact.Contrl;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact.Tests.Contrl;

/// <summary>The CONTRL ISO 9735 prescribes for a subject interchange, read back with our reader segment by segment.</summary>
public class ContrlBuilderTests
{
    private const string Unb3 = "UNB+UNOC:3+SENDER:ZZ+CUSTOMS:ZZ+260101:1200+REF1++++1'";
    private const string Message1 = "UNH+1+CUSCAR:D:95B:UN'BGM+85+MANIFEST 1+9'TDT+20+V123+1'UNT+4+1'";
    private const string Uci = "UCI+REF1+SENDER:ZZ+CUSTOMS:ZZ+";

    private static readonly DirectoryCatalog Catalog = DirectoryCatalog.CreateDefault();

    private static ContrlBuilder Builder(ContrlOptions? options = null) =>
        new(options ?? ContrlOptions.Default, FixedTime.Default, new CountingReferences(), Catalog);

    private static EdifactValidationResult Validate(string text, EdifactReadMode mode = EdifactReadMode.Strict) =>
        EdifactInterchange.Validate(Encoding.Latin1.GetBytes(text), new EdifactReaderOptions { Mode = mode });

    private static byte[] Contrl(EdifactValidationResult subject, ContrlOptions? options = null)
    {
        var contrl = Builder(options).Build(subject);
        Assert.That(contrl, Is.Not.Null, "a CONTRL was expected");
        // The CONTRL validates at structure level: against the CONTRL message of the service directory.
        var read = EdifactInterchange.Validate(contrl!, new EdifactValidationOptions { Catalog = Catalog });
        Assert.That(read.IsValid, Is.True, string.Join("\n", read.Diagnostics) + "\n" + Encoding.Latin1.GetString(contrl!));
        Assert.That(read.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info), Is.Empty, string.Join("\n", read.Diagnostics));
        Assert.That(ContrlConformance.Problems(contrl!), Is.Empty, Encoding.Latin1.GetString(contrl!));
        return contrl!;
    }

    [Test]
    public void Build_validVersion3Interchange_acknowledgesEveryMessage()
    {
        var contrl = Contrl(EdifactInterchange.Validate(Fixture.Bytes("cuscar-v3-two-messages.edi")));

        // From the subject's recipient to its sender; UCI echoes UNB 0020, S002, S003 with action 7.
        Assert.That(ContrlReading.Segments(contrl), Is.EqualTo(new[]
        {
            "UNB+UNOA:3+CUSTOMS:ZZ+CARRIER:ZZ+260304:0506+CTRL1++++++1",
            "UNH+1+CONTRL:D:3:UN",
            "UCI+CR00042+CARRIER:ZZ+CUSTOMS:ZZ+7",
            "UCM+1+CUSCAR:D:95B:UN+7",
            "UCM+2+CUSCAR:D:95B:UN+7",
            "UNT+5+1",
            "UNZ+1+CTRL1",
        }));
        Assert.That(Encoding.Latin1.GetString(contrl), Does.StartWith("UNB+UNOA:3+"), "default delimiters: no UNA");
    }

    [Test]
    public void Build_validVersion4InterchangeWithGroup_answersInContrl41WithUcf()
    {
        var contrl = Contrl(EdifactInterchange.Validate(Fixture.Bytes("paxlst-v4-unoc.edi")), new ContrlOptions { Sending = ContrlSending.Always });

        Assert.That(ContrlReading.Segments(contrl), Is.EqualTo(new[]
        {
            "UNB+UNOC:4+CUSTOMS:ZZ+AIRLINE1:ZZ+20260304:0506+CTRL1++++++1",
            "UNH+1+CONTRL:4:1:UN",
            "UCI+REF0001+AIRLINE1:ZZ+CUSTOMS:ZZ+7",
            "UCF+GRP1+AIRLINE1:ZZ+CUSTOMS:ZZ+7",
            "UCM+MSG1+PAXLST:D:02B:UN:IATA+7",
            "UNT+5+1",
            "UNZ+1+CTRL1",
        }));
    }

    [Test]
    public void Build_interchangeCountWrong_rejectsInUciWithTheUnzElement()
    {
        var contrl = Contrl(Validate(Unb3 + Message1 + "UNZ+2+REF1'"));

        // 0085 = 29 in UNZ (0013) data element 0036 at position 2 (the tag is 1); a simple element has no 0104.
        // The rejected interchange's messages are rejected with it and not listed.
        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[] { Uci + "4+29+UNZ+2" }));
    }

    [Test]
    public void Build_interchangeCountWrongWithoutCatalog_trustsTheDiagnosticsComponent()
    {
        var contrl = new ContrlBuilder(ContrlOptions.Default, FixedTime.Default, new CountingReferences()).Build(Validate(Unb3 + Message1 + "UNZ+2+REF1'"));

        Assert.That(ContrlReading.Body(contrl!), Is.EqualTo(new[] { Uci + "4+29+UNZ+2:1" }));
    }

    [Test]
    public void Build_messageSegmentCountWrong_rejectsThatMessageInUcm()
    {
        var contrl = Contrl(Validate(Unb3 + "UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+4+1'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'UNZ+2+REF1'"));

        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[]
        {
            Uci + "7",
            "UCM+1+CUSCAR:D:95B:UN+4+29+UNT+2",
            "UCM+2+CUSCAR:D:95B:UN+7",
        }));
    }

    [Test]
    public void Build_missingMessageTrailer_namesUntAsMissing()
    {
        var contrl = Contrl(Validate(Unb3 + "UNH+1+CUSCAR:D:95B:UN'BGM+85'UNZ+1+REF1'"));

        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[] { Uci + "7", "UCM+1+CUSCAR:D:95B:UN+4+13+UNT" }));
    }

    [Test]
    public void Build_groupCountWrong_rejectsTheGroupInUcf()
    {
        var contrl = Contrl(Validate(Unb3 + "UNG+CUSCAR+APP1+APP2+260101:1200+G1+UN+D:95B'" + Message1 + "UNE+2+G1'UNZ+1+REF1'"));

        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[] { Uci + "7", "UCF+G1+APP1+APP2+4+29+UNE+2" }));
    }

    [Test]
    public void Build_elementAndSegmentErrors_areReportedInUcsAndUcd()
    {
        var subject = Validate(Unb3 + Message1 + "UNZ+1+REF1'");
        EdifactDiagnostic Error(int code, int segment, int element, int component = 0) =>
            new("EDI9999", EdifactSeverity.Error, code, "test") { SegmentIndex = segment, MessageSegmentIndex = segment - 1, SegmentTag = segment == 3 ? "BGM" : "TDT", Element = element, Component = component };

        var contrl = Contrl(subject with
        {
            Diagnostics = [Error(12, 3, 2), Error(37, 3, 1, 2), Error(35, 4, 0), Error(12, 4, 2, 1)],
        });

        // UCS 0096 counts UNH as 1; UCD S011 counts the tag as 1. BGM C002 is a composite (2:2);
        // TDT 8028 is simple, so no component is named (3).
        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[]
        {
            Uci + "7",
            "UCM+1+CUSCAR:D:95B:UN+4",
            "UCS+2",
            "UCD+12+3",
            "UCD+37+2:2",
            "UCS+3+35",
            "UCD+12+3",
        }));
    }

    [Test]
    public void Build_version4RepetitionError_namesTheOccurrenceUnlessAComponentIsNamed()
    {
        var subject = Validate("UNB+UNOC:4+SENDER:ZZ+CUSTOMS:ZZ+20260101:1200+REF1++++1'UNH+1+PAXLST:D:02B:UN'DOC+P*V+X1'UNT+3+1'UNZ+1+REF1'");
        var error = new EdifactDiagnostic("EDI9999", EdifactSeverity.Error, 12, "test") { SegmentIndex = 3, MessageSegmentIndex = 2, SegmentTag = "DOC", Element = 1, Repetition = 1 };

        var contrl = Contrl(subject with { Diagnostics = [error, error with { Component = 3, ContrlCode = 13 }] });

        // S011 D4(0104, 0136): one or none; the occurrence (0136) is 1-based.
        Assert.That(ContrlReading.Body(contrl).Skip(2), Is.EqualTo(new[] { "UCS+2", "UCD+12+2::2", "UCD+13+2:3" }));
    }

    [Test]
    public void Build_version3MessageWithoutType_isAnsweredAtInterchangeLevel()
    {
        const string Interchange = Unb3 + "UNH+1+:D:95B:UN'BGM+85'UNT+3+1'UNZ+1+REF1'";

        // Before version 4 UCM needs S009 with 0065: the message cannot be named, so its error (13,
        // missing message type) rejects the interchange, and a lenient read acknowledges it in UCI alone.
        Assert.That(ContrlReading.Body(Contrl(Validate(Interchange))), Is.EqualTo(new[] { Uci + "4+13" }));
        Assert.That(ContrlReading.Body(Contrl(Validate(Interchange, EdifactReadMode.Lenient))), Is.EqualTo(new[] { Uci + "7" }));
    }

    [TestCase("UNH+1+:D:02B:UN'", TestName = "Build_version4MessageWithoutType_isAnsweredAtInterchangeLevel")]
    [TestCase("UNH++PAXLST:D:02B:UN'", TestName = "Build_version4MessageWithoutReference_isAnsweredAtInterchangeLevel")]
    public void Build_version4MessageUcmCannotName_isAnsweredAtInterchangeLevel(string unh)
    {
        var subject = Validate("UNB+UNOC:4+SENDER:ZZ+CUSTOMS:ZZ+20260101:1200+REF1++++1'" + unh + "BGM+745'UNT+3+1'UNZ+1+REF1'");
        Assert.That(subject.IsValid, Is.False);

        // Version 4 UCM notes D1(0062, 0800) and D2(0062, S009): 0062 and S009 together, or neither; a
        // UCM with one of them alone is not a UCM, so the message's errors are the interchange's.
        var body = ContrlReading.Body(Contrl(subject));

        Assert.That(body, Has.Count.EqualTo(1));
        Assert.That(body[0], Does.StartWith(Uci + "4+"));
    }

    [TestCase("UNH+1+CUSCAR:D:95B:UN'UNT+2+1'UNZ+1+REF1'", "UCM+1+CUSCAR:D:95B:UN+4", "UCS+1+13")]
    [TestCase("UNH+1+CUSCAR:D:95B:UN'TDT+20+V1'UNT+3+1'UNZ+1+REF1'", "UCM+1+CUSCAR:D:95B:UN+4", "UCS+1+13")]
    [TestCase("UNH+1+CUSCAR:D:95B:UN'UNZ+1+REF1'", "UCM+1+CUSCAR:D:95B:UN+4+13+UNT", "UCS+1+13")]
    public void Build_structureMissingSegment_isReportedAtTheSegmentBeforeIt(string message, string ucm, string ucs)
    {
        // CUSCAR D.95B starts UNH, BGM (M): a missing BGM is reported at the last segment processed
        // before where it was expected (UCS 0096 = 1, the UNH), not at the segment that revealed it.
        var subject = EdifactInterchange.Validate(Encoding.Latin1.GetBytes(Unb3 + message), new EdifactValidationOptions { Catalog = Catalog });
        Assert.That(subject.Diagnostics.Select(d => d.Id), Does.Contain(EdifactDiagnostics.MissingSegment.Id));

        var body = ContrlReading.Body(Contrl(subject));

        Assert.That(body, Is.EqualTo(new[] { Uci + "7", ucm, ucs }));
    }

    [Test]
    public void Build_rejectInterchangeOnAnyError_rejectsInUciAndListsOnlyFaultyMessages()
    {
        var subject = Validate(Unb3 + "UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+4+1'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'UNZ+2+REF1'");

        var contrl = Contrl(subject, new ContrlOptions { RejectInterchangeOnAnyError = true });

        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[] { Uci + "4", "UCM+1+CUSCAR:D:95B:UN+4+29+UNT+2" }));
    }

    [Test]
    public void Build_receivedOnly_answersReceiptWithoutDetail()
    {
        var contrl = Contrl(Validate(Unb3 + Message1 + "UNZ+1+REF1'"), new ContrlOptions { ReceivedOnly = true });

        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[] { Uci + "8" }));
    }

    [Test]
    public void Build_receivedOnlyWithErrors_stillReportsThem()
    {
        var contrl = Contrl(Validate(Unb3 + Message1 + "UNZ+2+REF1'"), new ContrlOptions { ReceivedOnly = true });

        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[] { Uci + "4+29+UNZ+2" }));
    }

    [TestCase(ContrlSending.OnRequest, "", false)]
    [TestCase(ContrlSending.OnRequest, "1", true)]
    [TestCase(ContrlSending.Always, "", true)]
    [TestCase(ContrlSending.Never, "1", false)]
    public void Build_acknowledgementRequest_isHonoured(ContrlSending sending, string request, bool answered)
    {
        var subject = Validate($"UNB+UNOC:3+SENDER:ZZ+CUSTOMS:ZZ+260101:1200+REF1++++{request}'" + Message1 + "UNZ+1+REF1'");

        var contrl = Builder(new ContrlOptions { Sending = sending }).Build(subject);

        Assert.That(contrl is not null, Is.EqualTo(answered));
    }

    [Test]
    public void Build_positiveAcknowledgementsOff_answersOnlyErrors()
    {
        var builder = Builder(new ContrlOptions { AcknowledgeAccepted = false });

        Assert.That(builder.Build(Validate(Unb3 + Message1 + "UNZ+1+REF1'")), Is.Null);
        Assert.That(builder.Build(Validate(Unb3 + Message1 + "UNZ+2+REF1'")), Is.Not.Null);
    }

    [Test]
    public void Build_version4ReceiptRequested_answersReceiptAloneUnlessThereAreErrors()
    {
        // ISO 9735-1 (version 4) 0031 = 2, indication of receipt: a confirmation of receipt only (UCI action 8).
        const string Unb4 = "UNB+UNOC:4+SENDER:ZZ+CUSTOMS:ZZ+20260101:1200+REF1++++2'";
        var valid = Validate(Unb4 + Message1 + "UNZ+1+REF1'");
        var faulty = Validate(Unb4 + Message1 + "UNZ+2+REF1'");
        Assert.That(valid.Interchange!.ReceiptRequested, Is.True);

        Assert.That(ContrlReading.Body(Contrl(valid)), Is.EqualTo(new[] { Uci + "8" }));
        Assert.That(ContrlReading.Body(Contrl(faulty)), Is.EqualTo(new[] { Uci + "4+29+UNZ+2" }));
    }

    [Test]
    public void Build_version3ReceiptCode_isNoRequest()
    {
        // 0031 has the single code 1 before version 4.
        var subject = Validate("UNB+UNOC:3+SENDER:ZZ+CUSTOMS:ZZ+260101:1200+REF1++++2'" + Message1 + "UNZ+1+REF1'");

        Assert.That(subject.Interchange!.AcknowledgementRequested, Is.False);
        Assert.That(Builder(new ContrlOptions()).Build(subject), Is.Null);
    }

    [Test]
    public void Build_contrlBesideOtherMessages_answersTheOthersAlone()
    {
        // A CONTRL message is not answered by a CONTRL; the interchange's other messages are.
        var subject = Validate(Unb3 + "UNH+1+CONTRL:D:3:UN'UCI+X+B+A+7'UNT+4+1'" + "UNH+2+CUSCAR:D:95B:UN'BGM+85'UNT+4+2'UNZ+2+REF1'");
        Assert.That(subject.Diagnostics.Count(d => d.Severity == EdifactSeverity.Error), Is.EqualTo(2), "both messages' UNT counts are wrong");

        Assert.That(ContrlReading.Body(Contrl(subject)), Is.EqualTo(new[] { Uci + "7", "UCM+2+CUSCAR:D:95B:UN+4+29+UNT+2" }));
    }

    [Test]
    public void Build_contrlBesideACorrectMessage_acknowledgesIt()
    {
        var subject = Validate(Unb3 + "UNH+1+CONTRL:D:3:UN'UCI+X+B+A+7'UNT+4+1'" + Message1.Replace("UNH+1", "UNH+2").Replace("UNT+4+1", "UNT+4+2") + "UNZ+2+REF1'");

        Assert.That(ContrlReading.Body(Contrl(subject)), Is.EqualTo(new[] { Uci + "7", "UCM+2+CUSCAR:D:95B:UN+7" }));
    }

    [Test]
    public void Build_groupsMixedWithBareMessages_rejectsInUciAndAnswersNoMessageOutsideTheGroups()
    {
        // The CONTRL holds SG1 (UCM) or SG3 (UCF), not both (version 4 D4(0030, 0080); version 3: SG1 only
        // without groups). Mixing them (0085 = 30) is the interchange's fault.
        var subject = Validate(Unb3 + "UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+4+1'" + "UNG+CUSCAR+APP1+APP2+260101:1200+G1+UN+D:95B'"
            + Message1.Replace("UNH+1", "UNH+2").Replace("UNT+4+1", "UNT+4+2") + "UNE+1+G1'UNZ+1+REF1'");
        Assert.That(subject.Diagnostics.Select(d => d.Id), Does.Contain(EdifactDiagnostics.GroupsAndMessagesMixed.Id));

        var body = ContrlReading.Body(Contrl(subject));

        Assert.That(body[0], Does.StartWith(Uci + "4+30"));
        Assert.That(body.Where(s => s.StartsWith("UCM+1+", StringComparison.Ordinal)), Is.Empty, "no SG1 beside SG3");
        Assert.That(body.Where(s => s.StartsWith("UCF+", StringComparison.Ordinal) && s.Contains("+30", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Build_twoSegmentsMissingAtOnePlace_areTwoErrors()
    {
        // INVOIC D.97B: UNS and SG50 (MOA) are mandatory after the detail section; both missing before UNT.
        var subject = EdifactInterchange.Validate(
            Encoding.Latin1.GetBytes(Unb3 + "UNH+1+INVOIC:D:97B:UN'BGM+380+342459+9'DTM+3:20060515:102'UNT+4+1'UNZ+1+REF1'"),
            new EdifactValidationOptions { Catalog = Catalog });
        var missing = subject.Diagnostics.Count(d => d.Id == EdifactDiagnostics.MissingSegment.Id || d.Id == EdifactDiagnostics.MissingSegmentGroup.Id);
        Assert.That(missing, Is.EqualTo(2), string.Join("; ", subject.Diagnostics));

        var body = ContrlReading.Body(Contrl(subject));

        Assert.That(body.Count(s => s == "UCS+3+13"), Is.EqualTo(2), string.Join(" ", body));
    }

    [Test]
    public void Build_version4SubjectWithSpaceInUnaPosition5_answersWithARepetitionSeparator()
    {
        // Read as "no repetition separator"; the version-4 CONTRL declares one, so that no reader takes
        // the space in "APP SENDER" for one.
        var subject = Validate("UNA:+.? 'UNB+UNOC:4+APP SENDER:ZZ+CUSTOMS:ZZ+20260101:1200+REF1++++1'" + Message1 + "UNZ+1+REF1'");
        Assert.That(subject.Delimiters.Repetition, Is.Null);

        var contrl = Contrl(subject);

        Assert.That(Encoding.Latin1.GetString(contrl), Does.Not.StartWith("UNA:+.? '"));
        var answer = EdifactInterchange.Validate(contrl);
        Assert.That(answer.Delimiters.Repetition, Is.EqualTo((byte)'*'));
        Assert.That(answer.IsValid, Is.True, string.Join("; ", answer.Diagnostics));
        Assert.That(ContrlReading.Body(contrl)[0], Is.EqualTo("UCI+REF1+APP SENDER:ZZ+CUSTOMS:ZZ+7"));
    }

    [Test]
    public void Build_aContrl_isNeverAnswered()
    {
        var contrl = Contrl(Validate(Unb3 + Message1 + "UNZ+2+REF1'"));

        var answer = Builder(new ContrlOptions { Sending = ContrlSending.Always }).Build(EdifactInterchange.Validate(contrl));

        Assert.That(answer, Is.Null);
    }

    [Test]
    public void Build_interchangeWithoutHeader_isNotAnswered()
    {
        Assert.That(Builder(new ContrlOptions { Sending = ContrlSending.Always }).Build(Validate("UNH+1+CUSCAR:D:95B:UN'UNT+2+1'")), Is.Null);
    }

    [Test]
    public void Build_partiesWithRouting_areSwappedForTheContrlAndEchoedAsReceived()
    {
        var subject = Validate("UNB+UNOC:3+SENDER:ZZ:REVERSE+CUSTOMS:14:ROUTE+260101:1200+REF1++++1'" + Message1 + "UNZ+1+REF1'");

        var segments = ContrlReading.Segments(Contrl(subject));

        Assert.That(segments[0], Does.StartWith("UNB+UNOC:3+CUSTOMS:14:ROUTE+SENDER:ZZ:REVERSE+"));
        Assert.That(segments[2], Is.EqualTo("UCI+REF1+SENDER:ZZ:REVERSE+CUSTOMS:14:ROUTE+7"));
    }

    [Test]
    public void Build_version4InternalIdentifications_areSwappedToo()
    {
        var subject = Validate("UNB+UNOC:4+SENDER:ZZ:SINT:SSUB+CUSTOMS:14:RINT:RSUB+20260101:1200+REF1++++1'" + Message1 + "UNZ+1+REF1'");

        var segments = ContrlReading.Segments(Contrl(subject));

        Assert.That(segments[0], Does.StartWith("UNB+UNOC:4+CUSTOMS:14:RINT:RSUB+SENDER:ZZ:SINT:SSUB+20260304:0506+"));
        Assert.That(segments[2], Is.EqualTo("UCI+REF1+SENDER:ZZ:SINT:SSUB+CUSTOMS:14:RINT:RSUB+7"));
    }

    [Test]
    public void Build_subjectDelimiters_areKeptWithAUna()
    {
        var contrl = Contrl(EdifactInterchange.Validate(Fixture.Bytes("invoic-una-custom.edi")), new ContrlOptions { Sending = ContrlSending.Always });

        Assert.That(Encoding.Latin1.GetString(contrl), Does.StartWith("UNA=*.\\ ~UNB*UNOA=2*RECEIVER*SENDER*260304=0506*CTRL1~UNH*1*CONTRL=D=3=UN~UCI*77*SENDER*RECEIVER*7~"));
    }

    [Test]
    public void Build_levelBSubject_answersWithInformationSeparators()
    {
        var contrl = Contrl(EdifactInterchange.Validate(Fixture.Bytes("orders-levelb.edi")), new ContrlOptions { Sending = ContrlSending.Always });

        Assert.That(Encoding.Latin1.GetString(contrl), Does.StartWith("UNB\u001DUNOB\u001F3\u001DRecipient\u001DSender\u001FZZ\u001D"));
        Assert.That(ContrlReading.Body(contrl), Is.EqualTo(new[] { "UCI+LB1+Sender:ZZ+Recipient+7", "UCM+1+ORDERS:D:96A:UN+7" }));
    }

    [Test]
    public void Build_echoedValueOutsideTheSubjectsLevel_isWrittenInUnoc()
    {
        // Level A has no lower case: the reader only warns; the CONTRL must still carry the sender as received.
        var subject = Validate("UNB+UNOA:3+sender:ZZ+CUSTOMS+260101:1200+REF1++++1'" + Message1 + "UNZ+1+REF1'");

        var segments = ContrlReading.Segments(Contrl(subject));

        Assert.That(segments[0], Does.StartWith("UNB+UNOC:3+CUSTOMS+sender:ZZ+"));
        Assert.That(segments[2], Is.EqualTo("UCI+REF1+sender:ZZ+CUSTOMS+7"));
    }

    [Test]
    public void Build_echoedValueTooLongForTheContrl_isCut()
    {
        var subject = Validate("UNB+UNOC:3+SENDER:ZZ+CUSTOMS+260101:1200+REFERENCE-OF-20-CHAR++++1'UNH+1+CUSCAR:D:95B:UN'UNT+2+1'UNZ+1+REFERENCE-OF-20-CHAR'");

        var segments = ContrlReading.Segments(Contrl(subject));

        Assert.That(segments[2], Is.EqualTo("UCI+REFERENCE-OF-2+SENDER:ZZ+CUSTOMS+7"));
    }

    [Test]
    public void Build_testInterchange_marksTheContrlAsTest()
    {
        var segments = ContrlReading.Segments(Contrl(Validate("UNB+UNOC:3+SENDER+CUSTOMS+260101:1200+REF1++++1++1'" + Message1 + "UNZ+1+REF1'")));

        Assert.That(segments[0], Is.EqualTo("UNB+UNOC:3+CUSTOMS+SENDER+260304:0506+CTRL1++++++1"));
    }

    [Test]
    public void Decide_reportsTheActionsItWrites()
    {
        var report = Builder().Decide(Validate(Unb3 + "UNH+1+CUSCAR:D:95B:UN'BGM+85'UNT+4+1'UNH+2+CUSCAR:D:95B:UN'UNT+2+2'UNZ+2+REF1'"));

        Assert.That(report, Is.Not.Null);
        Assert.That((report!.Action, report.Version, report.Syntax.Code, report.IsPositive), Is.EqualTo((ContrlAction.Acknowledged, SyntaxVersion.V3, "UNOC", false)));
        Assert.That(report.Messages.Select(m => (m.Message.Reference, m.Action, m.Error)), Is.EqualTo(new[]
        {
            ("1", ContrlAction.Rejected, (ContrlError?)new ContrlError(29, "UNT", 2)),
            ("2", ContrlAction.Acknowledged, (ContrlError?)null),
        }));
    }

    [Test]
    public void Conformance_faultyContrl_isCaught()
    {
        var faulty = Encoding.Latin1.GetBytes(
            "UNB+UNOC:3+CUSTOMS+SENDER+260304:0506+CTRL1'UNH+1+CONTRL:D:3:UN'UCM+1+CUSCAR:D:95B:UN+7'UCI+REF1+SENDER+CUSTOMS'UCS+X'UNT+4+1'UNZ+1+CTRL1'");

        Assert.That(ContrlConformance.Problems(faulty), Is.EqualTo(new[]
        {
            "UCM: MissingSegment 0020 UCI",
            "UCI: UnexpectedSegment",
            "UCI 0083 is mandatory and missing",
            "UCS 0096 'X' is not numeric",
        }));
    }
}
