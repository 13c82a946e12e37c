using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>Responses as CUSRES and APERAK in the partner's syntax, read back by our own reader and held to the segment tables.</summary>
public sealed class EdifactResponseWriterTests
{
    private static readonly DateTimeOffset s_now = new(2026, 3, 15, 10, 45, 0, TimeSpan.Zero);

    private static readonly EdifactResponseWriter s_writer = new(TestDirectories.Catalog);

    private static Response Rejection() => new()
    {
        FunctionCode = "03",
        FunctionalReferenceId = "RES-0001",
        IssueDateTime = s_now,
        Subject = new ResponseSubject { FunctionalReferenceId = "LRN-2026-0042", Id = "26NL0000000001234" },
        Errors =
        [
            new ResponseError { Code = "EDI0202", Description = "'850231' is not a valid date/time in format 101", Location = "10(DTM):1:2 /travellers/0/birthDate" },
            new ResponseError { Code = "BUS0001-LONG-CODE", Description = new string('X', 400) + " and the end" },
        ],
    };

    private static EdifactResponseEnvelope Envelope(string release, SyntaxVersion version = SyntaxVersion.V3, SyntaxIdentifier? syntax = null, EdifactDelimiters? delimiters = null) => new()
    {
        Sender = new PartyIdentification("UNIPASS", "ZZ"),
        Recipient = new PartyIdentification("BROKER7", "ZZ"),
        ControlReference = "R260315104500",
        Syntax = syntax ?? SyntaxIdentifier.Unoc,
        Version = version,
        Delimiters = delimiters,
        Directory = DirectoryId.UnDirectory(release),
        Prepared = s_now,
        AnsweredMessageReference = "CD1",
    };

    private static (EdifactValidationResult Envelope, List<RawSegment> Segments) ReadBack(byte[] interchange)
    {
        var envelope = EdifactInterchange.Validate(interchange);
        Assert.That(envelope.IsValid, Is.True, string.Join("\n", envelope.Diagnostics));
        Assert.That(Structure.Findings(interchange), Is.Empty);
        return (envelope, RawSegments.Read(interchange));
    }

    [TestCase("96B")]
    [TestCase("05B")]
    public void Write_cusresRejection_givesEachErrorItsErpErcAndFtx(string release)
    {
        var (envelope, segments) = ReadBack(s_writer.Write(Rejection(), EdifactResponseKind.Cusres, Envelope(release)));

        Assert.That(envelope.Messages.Single().Header.Directory, Is.EqualTo($"D:{release}:UN"));
        Assert.That(envelope.Interchange!.Recipient.Id, Is.EqualTo("BROKER7"));
        Assert.That(segments.Select(s => s.Tag), Is.EqualTo(new[] { "UNB", "UNH", "BGM", "DTM", "RFF", "RFF", "RFF", "ERP", "ERC", "FTX", "ERP", "ERC", "FTX", "UNT", "UNZ" }));
        var bgm = segments[2];
        Assert.That((bgm.At(1), bgm.At(2), bgm.At(3), bgm.At(4)), Is.EqualTo(("962", "RES-0001", "27", "RE")));
        Assert.That((segments[3].At(1, 1), segments[3].At(1, 2), segments[3].At(1, 3)), Is.EqualTo(("137", "202603151045", "203")));
        Assert.That(segments.Where(s => s.Tag == "RFF").Select(s => s.At(1, 1) + "=" + s.At(1, 2)), Is.EqualTo(new[] { "ACW=CD1", "ABE=LRN-2026-0042", "ABT=26NL0000000001234" }));
        Assert.That((segments[7].At(1, 1), segments[7].At(2, 1), segments[7].At(2, 2)), Is.EqualTo(("1", "DTM", "10")), "ERP names the segment the location gives");
        Assert.That(segments[8].At(1), Is.EqualTo("EDI0202"));
        Assert.That(segments[9].At(1), Is.EqualTo("AAO"));
        Assert.That(string.Concat(segments[9].Elements[3]), Does.StartWith("'850231' is not a valid date/time in format 101 (10(DTM):1:2 /travellers/0/birthDate)"));
        Assert.That(segments[11].At(1), Is.EqualTo("ZZZ"), "9321 is an..8: a longer code is written in the text");
        var text = string.Concat(segments[12].Elements[3]);
        Assert.That(text, Does.StartWith("BUS0001-LONG-CODE XXXX"));
        var lineLength = TestDirectories.Un(release).Elements["4440"].Format.MaxLength;
        Assert.That(segments[12].Elements[3], Has.Count.EqualTo(Math.Min(5, (text.Length + lineLength - 1) / lineLength)).And.All.Length.LessThanOrEqualTo(lineLength), "4440 is an..70 in D.96B, an..512 in D.05B");
    }

    [TestCase("96A", SyntaxVersion.V3)]
    [TestCase("96B", SyntaxVersion.V4)]
    public void Write_aperakRejection_givesEachErrorItsErcAndFtx(string release, SyntaxVersion version)
    {
        var bytes = s_writer.Write(Rejection(), EdifactResponseKind.Aperak, Envelope(release, version));
        var (envelope, segments) = ReadBack(bytes);

        Assert.That(envelope.Version, Is.EqualTo(version));
        Assert.That(segments.Select(s => s.Tag), Is.EqualTo(new[] { "UNB", "UNH", "BGM", "DTM", "RFF", "RFF", "RFF", "ERC", "FTX", "ERC", "FTX", "UNT", "UNZ" }));
        Assert.That((segments[2].At(1), segments[2].At(2), segments[2].At(3)), Is.EqualTo(("313", "RES-0001", "27")));
        Assert.That(segments[7].At(1), Is.EqualTo("EDI0202"));
        Assert.That(segments[0].At(4, 1), Is.EqualTo(version == SyntaxVersion.V4 ? "20260315" : "260315"), "UNB S004 in the version's form");
    }

    [Test]
    public void Write_acceptance_isAperakAcknowledgementWithoutErrors()
    {
        var accepted = new Response { FunctionCode = "01", FunctionalReferenceId = "RES-0002", Subject = new ResponseSubject { FunctionalReferenceId = "LRN-1" } };

        var (_, segments) = ReadBack(s_writer.Write(accepted, EdifactResponseKind.Aperak, Envelope("96A")));

        Assert.That((segments[2].At(1), segments[2].At(3), segments[2].At(4)), Is.EqualTo(("312", "29", "AP")));
        Assert.That(segments.Select(s => s.Tag), Does.Not.Contain("ERC"));
        Assert.That(segments.Single(s => s.Tag == "DTM").At(1, 2), Is.EqualTo("202603151045"), "no issue time: the preparation time");
    }

    [Test]
    public void Write_levelAWithThePartnersDelimiters_upperCasesTextAndEscapesServiceCharacters()
    {
        var delimiters = new EdifactDelimiters((byte)':', (byte)'*', (byte)'.', (byte)'?', null, (byte)'$');
        var response = Rejection() with { Errors = [new ResponseError { Code = "EDI0201", Description = "Surname missing: see NAD*FL (café)\r\nnext" }] };

        var bytes = s_writer.Write(response, EdifactResponseKind.Cusres, Envelope("96B", SyntaxVersion.V3, SyntaxIdentifier.Unoa, delimiters));
        var text = Encoding.ASCII.GetString(bytes);
        var (envelope, segments) = ReadBack(bytes);

        Assert.That(text, Does.StartWith("UNA:*.? $UNB*UNOA:3*UNIPASS:ZZ*BROKER7:ZZ*"));
        Assert.That(envelope.Delimiters, Is.EqualTo(delimiters));
        Assert.That(text, Does.Contain("SURNAME MISSING?: SEE NAD?*FL (CAF )  NEXT"));
        Assert.That(segments.Single(s => s.Tag == "FTX").At(4, 1), Is.EqualTo("SURNAME MISSING: SEE NAD*FL (CAF )  NEXT"));
    }

    [Test]
    public void Write_directoryWithoutTheMessage_isRefused()
    {
        Assert.Throws<ArgumentException>(() => s_writer.Write(Rejection(), EdifactResponseKind.Cusres, Envelope("97B")));
        Assert.Throws<ArgumentException>(() => s_writer.Write(Rejection(), EdifactResponseKind.Cusres, Envelope("77Z")));
    }

    [TestCase(EdifactResponseKind.Cusres, "02B", "05B")]
    [TestCase(EdifactResponseKind.Cusres, "95B", "96B")]
    [TestCase(EdifactResponseKind.Aperak, "02B", "02B")]
    [TestCase(EdifactResponseKind.Aperak, "97B", "96A")]
    public void DirectoryFor_answeredDirectory_choosesTheResponseDirectory(EdifactResponseKind kind, string answered, string expected) =>
        Assert.That(s_writer.DirectoryFor(kind, DirectoryId.UnDirectory(answered)).Release, Is.EqualTo(expected));

    [Test]
    public void RoundTrip_mappedFixtureThroughCusres_carriesTheFindingsBack()
    {
        var interchange = Encoding.ASCII.GetBytes(Encoding.ASCII.GetString(Mapper.Fixture("cusdec-d96b-import.edi")).Replace("DTM+137:20260312:102", "DTM+137:20260231:102", StringComparison.Ordinal));
        var mapping = Mapper.Map(interchange);
        var message = mapping.Messages.Single();

        var response = EdifactResponses.For(message, mapping.Envelope.Diagnostics, s_now, "RES-3");
        var envelope = EdifactResponseEnvelope.Answering(mapping.Envelope.Interchange!, mapping.Envelope.Delimiters, s_writer.DirectoryFor(EdifactResponseKind.Cusres, message.Directory), "R3", s_now, message.MessageReference);
        var (readBack, segments) = ReadBack(s_writer.Write(response, EdifactResponseKind.Cusres, envelope));

        Assert.That(response.FunctionCode, Is.EqualTo(EdifactResponses.Rejected));
        Assert.That(readBack.Interchange!.Recipient, Is.EqualTo(mapping.Envelope.Interchange!.Sender));
        Assert.That(readBack.Interchange.Sender, Is.EqualTo(mapping.Envelope.Interchange.Recipient));
        Assert.That(segments.Where(s => s.Tag == "ERC").Select(s => s.At(1)), Is.EqualTo(message.Diagnostics.Where(d => d.IsError).Select(d => d.Id)));
        var erp = segments.Single(s => s.Tag == "ERP");
        var finding = message.Diagnostics.Single(d => d.IsError);
        Assert.That((erp.At(2, 1), erp.At(2, 2)), Is.EqualTo((finding.Edifact.SegmentTag, finding.Edifact.SegmentIndex.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        Assert.That(string.Concat(segments.Single(s => s.Tag == "FTX").Elements[3]), Does.Contain("/issueDateTime"));
        Assert.That(segments.Where(s => s.Tag == "RFF").Select(s => s.At(1, 2)), Does.Contain("LRN-2026-0042"));
    }

    [TestCase("UNA:+.?*'UNB+UNOC:3+", null, TestName = "Answering_version3SubjectNamingARepetitionSeparator_dropsIt")]
    [TestCase("UNA:+.? 'UNB+UNOC:4+", (byte)'*', TestName = "Answering_version4SubjectWithSpaceInUnaPosition5_declaresOne")]
    public void Answering_subjectDelimiters_areMadeFitForTheVersion(string head, byte? repetition)
    {
        var interchange = Encoding.ASCII.GetBytes(head + "BROKER:ZZ+CUSTOMS:ZZ+20260312:0900+REF1'UNH+1+CUSDEC:D:96B:UN'BGM+929+LRN 1+9'UNT+3+1'UNZ+1+REF1'");
        var mapping = Mapper.Map(interchange);
        var message = mapping.Messages.Single();

        var response = EdifactResponses.For(message, mapping.Envelope.Diagnostics, s_now, "RES-4");
        var envelope = EdifactResponseEnvelope.Answering(mapping.Envelope.Interchange!, mapping.Envelope.Delimiters, s_writer.DirectoryFor(EdifactResponseKind.Cusres, message.Directory), "R4", s_now, message.MessageReference);
        var (readBack, _) = ReadBack(s_writer.Write(response, EdifactResponseKind.Cusres, envelope));

        Assert.That(envelope.Delimiters?.Repetition, Is.EqualTo(repetition));
        Assert.That(readBack.Delimiters.Repetition, Is.EqualTo(repetition));
        Assert.That(readBack.Interchange!.Recipient.Id, Is.EqualTo("BROKER"));
    }
}
