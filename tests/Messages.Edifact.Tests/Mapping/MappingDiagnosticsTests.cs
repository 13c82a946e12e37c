using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Edifact.Mapping.Internal;
using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>What the mappings report, and where: EDIFACT coordinates and the canonical field, one finding per fault, no exception.</summary>
public sealed class MappingDiagnosticsTests
{
    private static string Paxlst(params string[] body) =>
        "UNB+UNOA:3+AIR:ZZ+UNIPASS:ZZ+260301:1000+R1'UNH+1+PAXLST:D:02B:UN:IATA'" + string.Concat(body.Select(s => s + "'")) + $"UNT+{body.Length + 2}+1'UNZ+1+R1'";

    private static readonly string[] s_header = ["BGM+745", "TDT+20+AB123", "LOC+125+AAA", "DTM+189:2603011200:201", "LOC+87+BBB", "DTM+232:2603011500:201"];

    private static EdifactMappingResult Map(string interchange, EdifactReadMode mode = EdifactReadMode.Strict) =>
        Mapper.Map(Encoding.ASCII.GetBytes(interchange), mode).Messages.Single();

    private static EdifactMappingDiagnostic Only(EdifactMappingResult result, string id)
    {
        var found = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join("\n", result.Diagnostics));
        return found[0];
    }

    [Test]
    public void Map_badBirthDate_isAnErrorAtTheDtmComponentAndTheBirthDate()
    {
        var result = Map(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "DTM+329:850231", "NAD+FL+++ROE:RICHARD", "DTM+329:850230"]));

        var dates = result.Diagnostics.Where(d => d.Id == "EDI0202").ToList();
        Assert.That(dates.Select(d => (d.Edifact.SegmentIndex, d.Edifact.SegmentTag, d.Edifact.Element, d.Edifact.Component, d.Pointer)), Is.EqualTo(new[]
        {
            (10, (string?)"DTM", 1, 2, "/travellers/0/birthDate"),
            (12, "DTM", 1, 2, "/travellers/1/birthDate"),
        }));
        Assert.That(dates[0].Message, Does.Contain("'850231'").And.Contain("101"));
        Assert.That(dates[0].Edifact.MessageSegmentIndex, Is.EqualTo(9));
        Assert.That(result.Succeeded, Is.False);
        Assert.That(((PassengerList)result.Document!).Travellers.Select(t => t.BirthDate), Is.EqualTo(new DateOnly?[] { null, null }));
    }

    [Test]
    public void Map_unknownDateFormat_namesTheFormatsRead()
    {
        var d = Only(Map(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "DTM+329:19850412:999"])), "EDI0202");

        Assert.That(d.Message, Does.Contain("'999'").And.Contain("101, 102"));
    }

    [Test]
    public void Map_unmappedQualifier_isInformationAndTheRestIsMapped()
    {
        var result = Map(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "LOC+180+:::PARIS", "NAT+2+FRA", "RFF+ZZZ:X1"]));

        Assert.That(result.Diagnostics.Where(d => d.Id == "EDI0203").Select(d => (d.Severity, d.Edifact.SegmentTag, d.Message)), Is.EqualTo(new[]
        {
            (EdifactSeverity.Info, (string?)"LOC", "LOC 3227 qualifier '180' is not mapped to the canonical model; the segment is left out"),
            (EdifactSeverity.Info, "RFF", "RFF C506/1153 qualifier 'ZZZ' is not mapped to the canonical model; the segment is left out"),
        }));
        Assert.That(result.Succeeded, Is.True);
        Assert.That(((PassengerList)result.Document!).Travellers.Single().Nationality?.Value, Is.EqualTo("FR"));
    }

    [Test]
    public void Map_missingSurnameAndDocumentNumber_areErrorsPointingAtTheCanonicalFields()
    {
        var result = Map(Paxlst([.. s_header, "NAD+FL+++:JANE", "NAD+FL+++ROE:RICHARD", "DOC+P"]));

        Assert.That(result.Diagnostics.Where(d => d.Id == "EDI0201").Select(d => (d.Edifact.SegmentIndex, d.Edifact.Element, d.Pointer)), Is.EqualTo(new[]
        {
            (9, 4, "/travellers/0/surname"),
            (11, 2, "/travellers/0/documents/0/number"),
        }));
        Assert.That(((PassengerList)result.Document!).Travellers.Select(t => t.Surname), Is.EqualTo(new[] { "ROE" }), "a traveller without a surname can not be screened and is left out");
    }

    [Test]
    public void Map_noFlight_isAnErrorAndNoDocument()
    {
        var result = Map(Paxlst("BGM+745", "TDT+20", "NAD+FL+++DOE:JANE"));

        Assert.That(result.Document, Is.Null);
        Assert.That(result.Diagnostics.Where(d => d.Id == "EDI0201").Select(d => d.Pointer), Is.EqualTo(new[] { "/flight", "/flight" }));
    }

    [Test]
    public void Map_invalidCountryAndGender_areErrorsWithTheValue()
    {
        var result = Map(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "ATT+2++Q", "NAT+2+XYZ"]));

        Assert.That(result.Diagnostics.Where(d => d.Id == "EDI0204").Select(d => (d.Pointer, d.Message)), Is.EqualTo(new[]
        {
            ("/travellers/0/gender", "'Q' is not a valid gender: expected M, F, X or U"),
            ("/travellers/0/nationality", "'XYZ' is not a valid country code: expected an ISO 3166-1 alpha-2 or alpha-3 code"),
        }));
    }

    [Test]
    public void Map_countMismatch_isAWarningAtTheCnt()
    {
        var result = Map(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "CNT+42:2"]));

        var d = Only(result, "EDI0208");
        Assert.That((d.Severity, d.Edifact.SegmentTag, d.Pointer), Is.EqualTo((EdifactSeverity.Warning, (string?)"CNT", "/declaredPassengerCount")));
        Assert.That(d.Message, Is.EqualTo("CNT+42 declares 2 passengers but the message holds 1"));
        Assert.That(result.Succeeded, Is.True);
    }

    [Test]
    public void Map_unknownDirectory_isReportedAtTheUnh()
    {
        var result = Map(Paxlst([.. s_header]).Replace("D:02B:UN", "D:77Z:UN", StringComparison.Ordinal));

        var d = Only(result, "EDI0207");
        Assert.That((d.Edifact.SegmentIndex, d.Edifact.SegmentTag, d.IsError), Is.EqualTo((2, (string?)"UNH", true)));
        Assert.That(result.Document, Is.Null);
    }

    [Test]
    public void Map_messageWithoutMapping_isReportedAtTheUnh()
    {
        var result = Map(Paxlst([.. s_header]).Replace("PAXLST:D:02B", "BAPLIE:D:02B", StringComparison.Ordinal));

        Assert.That(Only(result, "EDI0206").Message, Is.EqualTo("No mapping to the canonical model for BAPLIE messages of directory D.02B (UN)"));
    }

    [Test]
    public void Map_missingMessageTypeInLenientRead_isInferredFromBgmAndSaidSo()
    {
        var interchange = Paxlst([.. s_header, "NAD+FL+++DOE:JANE"]).Replace("PAXLST:D:02B", ":D:02B", StringComparison.Ordinal);

        var lenient = Map(interchange, EdifactReadMode.Lenient);
        var strict = Mapper.Map(Encoding.ASCII.GetBytes(interchange));

        Assert.That(lenient.MessageType, Is.EqualTo("PAXLST"));
        Assert.That(Only(lenient, "EDI0209").Message, Is.EqualTo("The message type is missing from UNH S009; it was taken to be PAXLST from BGM 1001 '745'"));
        Assert.That(lenient.Document, Is.InstanceOf<PassengerList>());
        Assert.That(strict.Succeeded, Is.False);
    }

    [Test]
    public void Map_truncatedInterchange_isReportedNotThrown()
    {
        var mapping = Mapper.Map(Encoding.ASCII.GetBytes(Paxlst([.. s_header])[..60]));

        Assert.That(mapping.Succeeded, Is.False);
        Assert.That(mapping.Envelope.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error), Is.Not.Empty);
    }

    [Test]
    public void Map_countThatIsNotANumber_isAnErrorAtTheCntValue()
    {
        var result = Map(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "CNT+42:1O"]));

        var d = Only(result, "EDI0205");
        Assert.That((d.Severity, d.Edifact.SegmentIndex, d.Edifact.SegmentTag, d.Edifact.Element, d.Edifact.Component, d.Pointer), Is.EqualTo(
            (EdifactSeverity.Error, 10, (string?)"CNT", 1, 2, "/declaredPassengerCount")));
        Assert.That(d.Edifact.MessageSegmentIndex, Is.EqualTo(9));
        Assert.That(d.Message, Is.EqualTo("'1O' is not a number (C270/6066)"));
        Assert.That(d.Edifact.ByteOffset, Is.EqualTo(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "CNT+42:1O"]).IndexOf("1O'", StringComparison.Ordinal)));
        Assert.That(((PassengerList)result.Document!).DeclaredPassengerCount, Is.Null);
    }

    [Test]
    public void Map_countWithAFraction_isAnErrorSayingAWholeNumberIsExpected()
    {
        var d = Only(Map(Paxlst([.. s_header, "NAD+FM+++ROE:RICHARD", "CNT+41:1.5"])), "EDI0205");

        Assert.That((d.Edifact.SegmentIndex, d.Edifact.SegmentTag, d.Edifact.Element, d.Edifact.Component, d.Pointer), Is.EqualTo((10, (string?)"CNT", 1, 2, "/declaredCrewCount")));
        Assert.That(d.Message, Is.EqualTo("'1.5' is not a number (a whole number is expected)"));
    }

    [Test]
    public void Map_secondReportingParty_isAWarningAtItsQualifierAndLeftOut()
    {
        var result = Map(Paxlst(["BGM+745", "NAD+MS+++FIRST OPS", "NAD+MS+++SECOND OPS", .. s_header[1..]]));

        var d = Only(result, "EDI0211");
        Assert.That((d.Severity, d.Edifact.SegmentIndex, d.Edifact.SegmentTag, d.Edifact.Element, d.Edifact.Component, d.Pointer), Is.EqualTo(
            (EdifactSeverity.Warning, 5, (string?)"NAD", 1, 1, "/reportingParty")));
        Assert.That(d.Message, Is.EqualTo("NAD+MS occurs more than once where the canonical model takes one; the later occurrence is left out"));
        Assert.That(result.Succeeded, Is.True);
        Assert.That(((PassengerList)result.Document!).ReportingParty?.Name, Is.EqualTo("FIRST OPS"));
    }

    [Test]
    public void Map_secondFlight_isAWarningAtItsTransportStage()
    {
        var result = Map(Paxlst([.. s_header, "TDT+20+CD456", "NAD+FL+++DOE:JANE"]));

        var d = Only(result, "EDI0211");
        Assert.That((d.Severity, d.Edifact.SegmentIndex, d.Edifact.SegmentTag, d.Edifact.Element, d.Pointer), Is.EqualTo((EdifactSeverity.Warning, 9, (string?)"TDT", 1, "/flight")));
        Assert.That(d.Message, Does.StartWith("TDT+20 occurs more than once"));
        Assert.That(((PassengerList)result.Document!).Flight, Is.EqualTo(new FlightIdentifier("AB", "123")));
    }

    [Test]
    public void Map_secondNationality_isAWarningAtTheTravellersNationality()
    {
        var result = Map(Paxlst([.. s_header, "NAD+FL+++DOE:JANE", "NAT+2+FRA", "NAT+2+DEU"]));

        var d = Only(result, "EDI0211");
        Assert.That((d.Severity, d.Edifact.SegmentIndex, d.Edifact.SegmentTag, d.Edifact.Element, d.Pointer), Is.EqualTo((EdifactSeverity.Warning, 11, (string?)"NAT", 1, "/travellers/0/nationality")));
        Assert.That(((PassengerList)result.Document!).Travellers.Single().Nationality?.Value, Is.EqualTo("FR"));
    }

    [Test]
    public async Task Map_syntaxErrorThatStopsTheMessage_isReportedAtTheUnhWithItsByte()
    {
        // The reader stops only on a service string advice, which a message never starts with; what the mapping does
        // when a read stops is checked with a mapping that stops at the TDT.
        var bytes = Encoding.ASCII.GetBytes(Paxlst([.. s_header]));
        var reader = new EdifactInterchangeReader(PipeReader.Create(new ReadOnlySequence<byte>(bytes)), EdifactReaderOptions.Strict);
        var directory = TestDirectories.Catalog.TryGet(new DirectoryId("UN", "D", "02B"), out var d02b) ? d02b : throw new InvalidOperationException("no D.02B");
        var findings = new List<EdifactMappingDiagnostic>();
        CanonicalDocument? document = null;
        await foreach (var message in reader.ReadMessagesAsync())
        {
            using (message)
            {
                (document, var found) = new StoppingMapping().Map(new MappingContext(message, directory, "PAXLST", EdifactReadMode.Strict, null));
                findings.AddRange(found);
            }
        }

        var tdt = Encoding.ASCII.GetString(bytes).IndexOf("TDT", StringComparison.Ordinal);
        Assert.That(document, Is.Null);
        Assert.That(findings.Select(f => (f.Id, f.Severity, f.Edifact.SegmentIndex, f.Edifact.SegmentTag, f.Edifact.ContrlCode, f.Pointer)), Is.EqualTo(new[]
        {
            ("EDI0210", EdifactSeverity.Error, 2, (string?)"UNH", 13, string.Empty),
        }));
        Assert.That(findings[0].Message, Is.EqualTo($"The message could not be read: the read stopped (byte {tdt})"));
        Assert.That(findings[0].Edifact.ByteOffset, Is.EqualTo(Encoding.ASCII.GetString(bytes).IndexOf("UNH", StringComparison.Ordinal)));
    }

    /// <summary>A PAXLST mapping whose read stops with a syntax exception at the first TDT.</summary>
    private sealed class StoppingMapping : MessageMapping<StoppingState>
    {
        private static readonly SegmentMap<StoppingState>[] s_segments =
        [
            new(SegmentRef.Top("BGM"), [ElementRef.In("C002", "1001")], static (_, in _) => { }),
            new(SegmentRef.Top("TDT"), [ElementRef.Of("8051")], static (_, in v) => throw new EdifactSyntaxException("EDI0030", "the read stopped", 0, v.ByteOffset, v.SegmentIndex)),
        ];

        public override string MessageType => "PAXLST";

        protected override IReadOnlyList<SegmentMap<StoppingState>> Segments => s_segments;

        protected override IReadOnlyList<GroupMap<StoppingState>> Groups => [];

        protected override StoppingState CreateState(MappingContext context) => new(context);

        protected override CanonicalDocument? Finish(StoppingState state) => null;
    }

    private sealed class StoppingState(MappingContext context) : MappingState(context);

    [Test]
    public void Map_everyDiagnosticId_isInTheCatalogueOnce()
    {
        Assert.That(EdifactMappingDiagnostics.All.Select(d => d.Id), Is.Unique.And.All.Matches<string>(id => id!.StartsWith("EDI02", StringComparison.Ordinal)));
        Assert.That(EdifactMappingDiagnostics.All.Select(d => d.Id).Intersect(EdifactDiagnostics.All.Select(d => d.Id)), Is.Empty);
    }
}
