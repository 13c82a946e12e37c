using System.Text;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Tests.Support;

namespace UniPass.Gateway.Messages.Wco.Tests.Json;

public sealed class CanonicalJsonTests
{
    private static string Fixture(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "json", name));

    private static ReadResult<CanonicalDocument> Read(string json) => CanonicalJson.Read(Encoding.UTF8.GetBytes(json));

    [Test]
    public void Write_thenRead_givesTheSameJson()
    {
        var json = CanonicalJson.WriteString(Documents.ImportDeclaration());

        var read = Read(json);

        Assert.That(read.Diagnostics, Is.Empty);
        Assert.That(CanonicalJson.WriteString(read.Value!), Is.EqualTo(json));
    }

    [Test]
    public void Write_declaration_namesTheKindAndUsesCodeStrings()
    {
        var json = CanonicalJson.WriteString(Documents.ImportDeclaration());

        Assert.That(json, Does.StartWith("{\n  \"documentType\": \"declaration\"").Or.StartWith("{\r\n  \"documentType\": \"declaration\""));
        Assert.That(json, Does.Contain("\"commodityCode\": \"0901110000\""));
        Assert.That(json, Does.Contain("\"role\": \"Declarant\""));
    }

    [TestCase("passenger-list.json", typeof(PassengerList))]
    [TestCase("cargo-report.json", typeof(CargoReport))]
    [TestCase("permit.json", typeof(Permit))]
    [TestCase("response.json", typeof(Response))]
    public void Read_fixture_givesTheDocumentKind(string fixture, Type expected)
    {
        var read = Read(Fixture(fixture));

        Assert.That(read.Diagnostics, Is.Empty);
        Assert.That(read.Value, Is.InstanceOf(expected));
    }

    [Test]
    public void Read_passengerList_keepsDatesAsCalendarDates()
    {
        var list = (PassengerList)Read(Fixture("passenger-list.json")).Value!;

        Assert.That(list.Travellers[0].BirthDate, Is.EqualTo(new DateOnly(1980, 2, 29)));
        Assert.That(list.Travellers[0].Documents[0].ExpiryDate, Is.EqualTo(new DateOnly(2030, 1, 31)));
        Assert.That(list.Legs[0].ScheduledDepartureLocal, Is.EqualTo(new DateTime(2026, 11, 30, 9, 30, 0)));
    }

    [Test]
    public void Read_duplicateKey_isJsn0002WithPointer()
    {
        var read = Read("""{"documentType":"permit","permitId":"P1","permitId":"P2","typeCode":"C640","issuingAgency":"veterinary","stage":"Application"}""");

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.DuplicateKey));
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/permitId"));
    }

    [Test]
    public void Read_missingRequired_isJsn0004()
    {
        var read = Read("""{"documentType":"permit","permitId":"P1","issuingAgency":"veterinary","stage":"Application"}""");

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.MissingRequired));
        Assert.That(read.Diagnostics.Single().Message, Does.Contain("typeCode"));
    }

    [Test]
    public void Read_typeMismatch_isJsn0005PointingAtTheValue()
    {
        var read = Read("""{"documentType":"permit","permitId":"P1","typeCode":"C640","issuingAgency":"veterinary","stage":"Application","items":[{"sequenceNumber":"one"}]}""");

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.TypeMismatch));
        Assert.That(d.Pointer, Is.EqualTo("/items/0/sequenceNumber"));
        Assert.That(d.Line, Is.EqualTo(1));
        Assert.That(d.Column, Is.GreaterThan(1));
    }

    [Test]
    public void Read_badHsCode_isJsn0005WithTheExpectedShape()
    {
        var read = Read("""{"documentType":"permit","permitId":"P1","typeCode":"C640","issuingAgency":"veterinary","stage":"Application","items":[{"sequenceNumber":1,"commodityCode":"12AB"}]}""");

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.TypeMismatch));
        Assert.That(d.Pointer, Is.EqualTo("/items/0/commodityCode"));
        Assert.That(d.Message, Does.Contain("6, 8 or 10 digits"));
    }

    [Test]
    public void Read_nullForNonNullable_isAnError()
    {
        var read = Read("""{"documentType":"permit","permitId":null,"typeCode":"C640","issuingAgency":"veterinary","stage":"Application"}""");

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/permitId"));
    }

    [Test]
    public void Read_unknownMember_isJsn0006()
    {
        var read = Read("""{"documentType":"permit","permitId":"P1","typeCode":"C640","issuingAgency":"veterinary","stage":"Application","colour":"red"}""");

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.UnknownMember));
    }

    [Test]
    public void Read_unknownDocumentType_isRejected()
    {
        var read = Read("""{"documentType":"invoice","id":"1"}""");

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().IsError, Is.True);
    }

    [Test]
    public void Read_notWellFormed_isJsn0001WithLineAndColumn()
    {
        var read = Read("{\"documentType\":\"permit\",\n\"permitId\": \"P1\" \"x\"}");

        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.Syntax));
        Assert.That(d.Line, Is.EqualTo(2));
    }

    [Test]
    public void Read_hundredThousandDeepNesting_isRejectedWhereItLeavesTheModel()
    {
        const int Depth = 100_000;
        var json = "{\"documentType\":\"permit\",\"items\":[{\"sequenceNumber\":" + new string('[', Depth) + new string(']', Depth) + "}]}";

        var read = Read(json);

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/items/0/sequenceNumber"));
    }

    [Test]
    public void Read_tooLarge_isJsn0007()
    {
        var read = CanonicalJson.Read(new byte[CanonicalJson.MaxDocumentBytes + 1]);

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.TooLarge));
    }
}
