using System.Xml.Linq;
using System.Xml.Schema;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Tests.Support;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Wco.Tests.Xml;

public sealed class WcoXmlWriterTests
{
    private static readonly Lazy<XmlSchemaSet> s_subset = new(() => WcoXmlSchemas.LoadSubset(Path.Combine(SharedData.RepositoryRoot, "schemas", "wco")));

    private static Response Rejection() => new()
    {
        FunctionCode = "03",
        FunctionalReferenceId = "RES-0001",
        IssueDateTime = new DateTimeOffset(2026, 11, 20, 10, 5, 0, TimeSpan.Zero),
        StatusCode = "REJ",
        Subject = new ResponseSubject { FunctionalReferenceId = "LRN-2026-0001", Id = "26GB0000000000001", VersionId = "1" },
        Errors =
        [
            new ResponseError { Code = "BUS0001", Description = "declares 3 goods items but holds 2", Pointers = [new Pointer { SectionCode = "42A" }, new Pointer { SectionCode = "67A", TagId = "228" }] },
            new ResponseError { Code = "BUS0003", Description = "chapter 77 is reserved", Pointers = [new Pointer { SectionCode = "68A", SequenceNumber = 2 }, new Pointer { SectionCode = "23A", TagId = "145" }] },
        ],
    };

    [Test]
    public void Write_rejection_isValidAgainstOurSubset()
    {
        var xml = WcoXmlWriter.WriteString(Rejection());

        Assert.That(UkCdsConformanceTests.Validate(xml, s_subset.Value), Is.Empty);
    }

    [Test]
    public void Write_rejection_carriesEachErrorWithItsPointers()
    {
        var xml = XDocument.Parse(WcoXmlWriter.WriteString(Rejection()));
        XNamespace res = WcoNamespaces.Response;

        var errors = xml.Descendants(res + "Error").ToList();

        Assert.That(errors.Select(e => e.Element(res + "ValidationCode")!.Value), Is.EqualTo(new[] { "BUS0001", "BUS0003" }));
        Assert.That(errors[1].Elements(res + "Pointer").Select(p => p.Element(res + "DocumentSectionCode")!.Value), Is.EqualTo(new[] { "68A", "23A" }));
    }

    [Test]
    public void Write_thenRead_response_givesTheSameCanonicalJson()
    {
        var response = Rejection();
        using var stream = new MemoryStream();
        WcoXmlWriter.Write(response, stream);
        stream.Position = 0;

        var read = WcoXmlReader.Read(stream);

        Assert.That(read.Diagnostics, Is.Empty);
        Assert.That(CanonicalJson.WriteString(read.Value!), Is.EqualTo(CanonicalJson.WriteString(response)));
    }

    [Test]
    public void Write_declaration_isValidAgainstOurSubsetAndReadsBack()
    {
        var declaration = Documents.ImportDeclaration();

        var xml = WcoXmlWriter.WriteString(declaration);
        var read = WcoXmlReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml)));

        Assert.That(UkCdsConformanceTests.Validate(xml, s_subset.Value), Is.Empty);
        Assert.That(CanonicalJson.WriteString(read.Value!), Is.EqualTo(CanonicalJson.WriteString(declaration)));
    }

    [Test]
    public void Write_passengerList_isRefused()
    {
        var list = new PassengerList { Kind = PassengerListKind.Crew, Flight = new FlightIdentifier("BA", "1") };

        Assert.That(WcoXmlWriter.CanWrite(list), Is.False);
        Assert.Throws<ArgumentException>(() => WcoXmlWriter.WriteString(list));
    }
}
