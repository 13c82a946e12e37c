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

    private const string PermitHead = "{\"documentType\":\"permit\",\"permitId\":\"P1\",\"typeCode\":\"C640\",\"issuingAgency\":\"veterinary\",\"stage\":\"Application\"";

    [Test]
    public void Read_withoutDocumentType_isJsn0008PointingAtIt()
    {
        var read = Read("""{"permitId":"P1","typeCode":"C640","issuingAgency":"veterinary","stage":"Application"}""");

        var d = read.Diagnostics.Single();
        Assert.That(read.Value, Is.Null);
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.UnknownDocumentType));
        Assert.That(d.Pointer, Is.EqualTo("/documentType"));
        Assert.That(d.Message, Does.Contain("declaration"));
    }

    [Test]
    public void Read_documentTypeNotFirst_isRead()
    {
        var read = Read("""{"permitId":"P1","typeCode":"C640","issuingAgency":"veterinary","documentType":"permit","stage":"Decision"}""");

        Assert.That(read.Diagnostics, Is.Empty);
        Assert.That(((Permit)read.Value!).Stage, Is.EqualTo(PermitStage.Decision));
    }

    [Test]
    public void Read_documentTypeNotFirst_stillReportsTheDocumentsOwnErrors()
    {
        var read = Read("""{"permitId":"P1","typeCode":"C640","issuingAgency":"veterinary","documentType":"permit","stage":"Decision","items":[{"sequenceNumber":"x"}]}""");

        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/items/0/sequenceNumber"));
    }

    [Test]
    public void Read_nestingBeyondTheLimitBeforeTheDocumentType_isJsn0003()
    {
        // The reader must look ahead for documentType through the nested value and meets the depth limit on the way.
        var depth = CanonicalJson.MaxDepth + 1;
        var json = "{\"permitId\":" + new string('[', depth) + new string(']', depth) + ",\"documentType\":\"permit\"}";

        var d = Read(json).Diagnostics.Single();

        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.TooDeep), d.ToString());
        Assert.That(d.Line, Is.EqualTo(1));
    }

    [Test]
    public void Read_nestingAtTheLimit_isNotTooDeep()
    {
        var depth = CanonicalJson.MaxDepth - 1;
        var json = "{\"permitId\":" + new string('[', depth) + new string(']', depth) + ",\"documentType\":\"permit\"}";

        var d = Read(json).Diagnostics.Single();

        Assert.That(d.Id, Is.Not.EqualTo(JsonDiagnosticIds.TooDeep), "within the limit the nested value is a type mismatch");
        Assert.That(d.Pointer, Is.EqualTo("/permitId"));
    }

    [TestCase(PermitHead + ",\"items\":[null]}", "/items/0")]
    [TestCase(PermitHead + ",\"items\":[{\"sequenceNumber\":1},null]}", "/items/1")]
    [TestCase("{\"documentType\":\"declaration\",\"functionCode\":\"9\",\"typeCode\":\"IMA\",\"lrn\":\"L1\",\"parties\":[null]}", "/parties/0")]
    [TestCase("{\"documentType\":\"declaration\",\"functionCode\":\"9\",\"typeCode\":\"IMA\",\"lrn\":\"L1\",\"goodsItems\":[{\"sequenceNumber\":1,\"packages\":[null]}]}", "/goodsItems/0/packages/0")]
    [TestCase("{\"documentType\":\"passengerList\",\"kind\":\"Crew\",\"flight\":{\"carrierCode\":\"BA\",\"flightNumber\":\"1\"},\"travellers\":[{\"role\":\"CrewMember\",\"surname\":\"DOE\",\"givenNames\":[\"JO\",null]}]}", "/travellers/0/givenNames/1")]
    public void Read_nullInAnArray_isJsn0005PointingAtTheElement(string json, string pointer)
    {
        var read = Read(json);

        Assert.That(read.Value, Is.Null);
        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.TypeMismatch));
        Assert.That(d.Pointer, Is.EqualTo(pointer));
    }

    [TestCase("{\"documentType\":\"cargoReport\",\"manifestNumber\":\"M1\",\"transportMeans\":null}", "/transportMeans")]
    [TestCase("{\"documentType\":\"passengerList\",\"kind\":\"Crew\",\"flight\":null}", "/flight")]
    [TestCase("{\"documentType\":\"declaration\",\"functionCode\":\"9\",\"typeCode\":\"IMA\",\"lrn\":null}", "/lrn")]
    [TestCase(PermitHead + ",\"items\":null}", "/items")]
    public void Read_nullForARequiredMember_isAnErrorPointingAtIt(string json, string pointer)
    {
        var read = Read(json);

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo(pointer));
    }

    [TestCase("0")]
    [TestCase("1")]
    [TestCase("\"1\"")]
    [TestCase("\"application\"")]
    [TestCase("\"Application, Decision\"")]
    public void Read_enumNotGivenByItsName_isJsn0005(string stage)
    {
        var read = Read("""{"documentType":"permit","permitId":"P1","typeCode":"C640","issuingAgency":"veterinary","stage":""" + stage + "}");

        Assert.That(read.Value, Is.Null);
        var d = read.Diagnostics.Single();
        Assert.That(d.Id, Is.EqualTo(JsonDiagnosticIds.TypeMismatch));
        Assert.That(d.Pointer, Is.EqualTo("/stage"));
    }

    [Test]
    public void Write_defaultCodeValuesInOptionalMembers_isValidAgainstTheSchemaAndReadsBackAsAbsent()
    {
        var permit = new Permit
        {
            PermitId = "P1",
            TypeCode = "C640",
            IssuingAgency = "veterinary",
            Stage = PermitStage.Application,
            DeclarationLrn = default(Lrn),
            Items = [new PermitItem { SequenceNumber = 1, CommodityCode = default(HsCode), OriginCountry = default(CountryCode) }],
        };

        var json = CanonicalJson.WriteString(permit);
        var read = Read(json);

        Assert.That(CanonicalSchemas.Validate("permit", json), Is.Empty);
        Assert.That(read.Diagnostics, Is.Empty);
        Assert.That(((Permit)read.Value!).DeclarationLrn, Is.Null);
    }

    [Test]
    public void Write_everyFixture_isValidAgainstItsSchema()
    {
        CanonicalDocument[] documents = [Documents.ImportDeclaration(), .. new[] { "passenger-list.json", "cargo-report.json", "permit.json", "response.json" }.Select(f => Read(Fixture(f)).Value!)];

        foreach (var document in documents)
        {
            Assert.That(CanonicalSchemas.Validate(document.DocumentType, CanonicalJson.WriteString(document)), Is.Empty, document.DocumentType);
        }
    }

    [Test]
    public void Read_tooLarge_isJsn0007()
    {
        var read = CanonicalJson.Read(new byte[CanonicalJson.MaxDocumentBytes + 1]);

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(JsonDiagnosticIds.TooLarge));
    }
}
