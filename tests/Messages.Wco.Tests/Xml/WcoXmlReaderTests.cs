using System.Text;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;

namespace UniPass.Gateway.Messages.Wco.Tests.Xml;

public sealed class WcoXmlReaderTests
{
    private const string Envelope = """
        <md:MetaData xmlns:md="urn:wco:datamodel:WCO:DocumentMetaData-DMS:2" xmlns="urn:wco:datamodel:WCO:DEC-DMS:2">
        <md:WCODataModelVersionCode>3.6</md:WCODataModelVersionCode>
        <md:WCOTypeName>DEC</md:WCOTypeName>
        {0}
        </md:MetaData>
        """;

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "xml", name));

    private static ReadResult<CanonicalDocument> Read(string xml, WcoXmlReaderOptions? options = null) =>
        WcoXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), options);

    private static string Declaration(string body) => string.Format(System.Globalization.CultureInfo.InvariantCulture, Envelope, "<Declaration>" + body + "</Declaration>");

    [Test]
    public void Read_minimalDeclaration_mapsHeaderPartiesAndItems()
    {
        var read = Read(Fixture("export-declaration.xml"));

        Assert.That(read.Diagnostics, Is.Empty);
        var d = (Declaration)read.Value!;
        Assert.That(d.TypeCode, Is.EqualTo("EXD"));
        Assert.That(d.Lrn.Value, Is.EqualTo("EXP-2026-7"));
        Assert.That(d.IssueDateTime, Is.EqualTo(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.FromHours(1))));
        Assert.That(d.Parties.Select(p => p.Role), Is.EqualTo(new[] { PartyRole.Declarant, PartyRole.Exporter, PartyRole.Consignee }));
        Assert.That(d.GoodsItems[0].CommodityCode?.Value, Is.EqualTo("84713000"));
        Assert.That(d.GoodsItems[0].Classifications.Single().TypeCode, Is.EqualTo("TRC"));
        Assert.That(d.GoodsItems[0].GrossMass, Is.EqualTo(new Quantity(12.5m, "KGM")));
        Assert.That(d.GoodsItems[0].StatisticalValue, Is.EqualTo(new Amount(900m, CodeValue.Parse<CurrencyCode>("GBP"))));
    }

    [Test]
    public void Read_missingLrn_isWco0006AtTheDeclaration()
    {
        var read = Read(Declaration("<FunctionCode>9</FunctionCode><TypeCode>IMA</TypeCode>"));

        Assert.That(read.Value, Is.Null);
        var error = read.Diagnostics.Single();
        Assert.That(error.Id, Is.EqualTo(WcoXmlDiagnosticIds.MissingElement));
        Assert.That(error.Pointer, Is.EqualTo("/MetaData/Declaration"));
        Assert.That(error.Message, Does.Contain("FunctionalReferenceID"));
    }

    [Test]
    public void Read_badCountryInSecondItem_pointsAtThatItem()
    {
        var read = Read(Declaration("""
            <FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode>
            <GoodsShipment>
              <GovernmentAgencyGoodsItem><SequenceNumeric>1</SequenceNumeric><Origin><CountryCode>BR</CountryCode></Origin></GovernmentAgencyGoodsItem>
              <GovernmentAgencyGoodsItem><SequenceNumeric>2</SequenceNumeric><Origin><CountryCode>Brazil</CountryCode></Origin></GovernmentAgencyGoodsItem>
            </GoodsShipment>
            """));

        var error = read.Diagnostics.Single();
        Assert.That(error.Id, Is.EqualTo(WcoXmlDiagnosticIds.InvalidValue));
        Assert.That(error.Pointer, Is.EqualTo("/MetaData/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[2]/Origin/CountryCode"));
        Assert.That(error.Line, Is.EqualTo(7));
        Assert.That(read.Succeeded, Is.False);
    }

    [TestCase(3)]
    [TestCase(40)]
    public void Read_findingAfterManyDistinctSiblings_countsPositionsPerName(int distinct)
    {
        // Unmapped siblings of many names, interleaved, before the goods items: positions count same-named siblings only.
        var others = string.Concat(Enumerable.Range(0, distinct).Select(i => $"<Extra{i}/>"));
        var read = Read(Declaration($"""
            <FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode>
            <GoodsShipment>
              {others}<GovernmentAgencyGoodsItem><SequenceNumeric>1</SequenceNumeric></GovernmentAgencyGoodsItem>
              {others}<GovernmentAgencyGoodsItem><SequenceNumeric>2</SequenceNumeric></GovernmentAgencyGoodsItem>
              <Extra0/><GovernmentAgencyGoodsItem><SequenceNumeric>3</SequenceNumeric><Origin><CountryCode>Brazil</CountryCode></Origin></GovernmentAgencyGoodsItem>
            </GoodsShipment>
            """));

        var error = read.Diagnostics.Single(d => d.Id == WcoXmlDiagnosticIds.InvalidValue);
        Assert.That(error.Pointer, Is.EqualTo("/MetaData/Declaration/GoodsShipment/GovernmentAgencyGoodsItem[3]/Origin/CountryCode"));
        var lastExtra = read.Diagnostics.Where(d => d.Id == WcoXmlDiagnosticIds.NotMapped).Last();
        Assert.That(lastExtra.Pointer, Is.EqualTo("/MetaData/Declaration/GoodsShipment/Extra0[3]"));
        Assert.That(read.Diagnostics.Count(d => d.Pointer.EndsWith("[2]", StringComparison.Ordinal)), Is.EqualTo(distinct), "each Extra counted twice by now");
    }

    [Test]
    public void Read_nonNumericQuantity_isWco0005()
    {
        var read = Read(Declaration("<FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode><GoodsItemQuantity>two</GoodsItemQuantity>"));

        Assert.That(read.Diagnostics.Single().Pointer, Is.EqualTo("/MetaData/Declaration/GoodsItemQuantity"));
    }

    [Test]
    public void Read_unmappedElement_isAWarningAndTheRestIsRead()
    {
        var read = Read(Declaration("<FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode><SpecificCircumstancesCodeCode>A20</SpecificCircumstancesCodeCode>"));

        Assert.That(read.Succeeded, Is.True);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.NotMapped));
    }

    [Test]
    public void Read_wrongRoot_isUnsupported()
    {
        var read = Read("<Invoice xmlns=\"urn:example\"><ID>1</ID></Invoice>");

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.UnsupportedDocument));
    }

    [Test]
    public void Read_externalEntity_isRejectedAsDtd()
    {
        const string Xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE MetaData [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <MetaData><Declaration><FunctionalReferenceID>&xxe;</FunctionalReferenceID></Declaration></MetaData>
            """;

        var read = Read(Xxe);

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.DtdProhibited));
        Assert.That(read.Diagnostics.Single().Message, Does.Contain("DTD"));
    }

    [Test]
    public void Read_billionLaughs_isRejectedAsDtd()
    {
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? string.Empty : (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture))};", 10))}\">");
        }

        dtd.Append("]><MetaData>&lol9;</MetaData>");

        var read = Read(dtd.ToString());

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.DtdProhibited));
    }

    [Test]
    public void Read_hundredThousandDeepNesting_isRejectedAtTheDepthLimitInBoundedMemory()
    {
        const int Depth = 100_000;
        var xml = new StringBuilder(Depth * 8);
        for (var i = 0; i < Depth; i++)
        {
            xml.Append("<a>");
        }

        for (var i = 0; i < Depth; i++)
        {
            xml.Append("</a>");
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var read = Read(xml.ToString());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var error = read.Diagnostics.Single();
        Assert.That(error.Id, Is.EqualTo(WcoXmlDiagnosticIds.LimitExceeded));
        Assert.That(error.Message, Does.Contain("32 levels"));
        Assert.That(allocated, Is.LessThan(4 * 1024 * 1024), "the reader stops at the limit instead of walking the whole document");
    }

    [Test]
    public void Read_tooManyElements_isWco0003()
    {
        var body = string.Concat(Enumerable.Repeat("<AdditionalInformation><StatementCode>X</StatementCode></AdditionalInformation>", 100));

        var read = Read(Declaration(body), new WcoXmlReaderOptions { MaxElements = 50 });

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.LimitExceeded));
    }

    [Test]
    public void Read_tooManyCharacters_isWco0003()
    {
        var read = Read(Declaration(new string(' ', 10_000) + "<FunctionCode>9</FunctionCode>"), new WcoXmlReaderOptions { MaxCharacters = 1_000 });

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.LimitExceeded));
    }

    [Test]
    public void Read_garbageAfterTheEnvelope_isNotWellFormed()
    {
        var read = Read(Declaration("<FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode>") + "</extra>");

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.NotWellFormed));
    }

    [Test]
    public void Read_declarationInAForeignNamespace_isWco0004AndNotRead()
    {
        const string Foreign = """
            <md:MetaData xmlns:md="urn:wco:datamodel:WCO:DocumentMetaData-DMS:2">
            <md:WCOTypeName>DEC</md:WCOTypeName>
            <Declaration xmlns="urn:example:invoices"><FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode></Declaration>
            </md:MetaData>
            """;

        var read = Read(Foreign);

        Assert.That(read.Value, Is.Null);
        var error = read.Diagnostics.Single(d => d.IsError);
        Assert.That(error.Id, Is.EqualTo(WcoXmlDiagnosticIds.UnsupportedDocument));
        Assert.That(error.Pointer, Is.EqualTo("/MetaData/Declaration"));
        Assert.That(error.Message, Does.Contain("urn:example:invoices"));
    }

    [Test]
    public void Read_responseInTheDeclarationNamespace_isWco0004()
    {
        var read = Read(string.Format(System.Globalization.CultureInfo.InvariantCulture, Envelope, "<Response><FunctionCode>03</FunctionCode></Response>"));

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single(d => d.IsError).Id, Is.EqualTo(WcoXmlDiagnosticIds.UnsupportedDocument));
    }

    [Test]
    public void Read_elementOfAnotherNamespaceInsideTheDeclaration_isSkippedNotMapped()
    {
        var read = Read(Declaration("<x:FunctionCode xmlns:x=\"urn:example:other\">9</x:FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode>"));

        Assert.That(read.Value, Is.Null, "a FunctionCode of another vocabulary is not the declaration's");
        Assert.That(read.Diagnostics.Select(d => d.Id), Is.EquivalentTo(new[] { WcoXmlDiagnosticIds.NotMapped, WcoXmlDiagnosticIds.MissingElement }));
        Assert.That(read.Diagnostics.First(d => d.Id == WcoXmlDiagnosticIds.NotMapped).Pointer, Is.EqualTo("/MetaData/Declaration/FunctionCode"));
    }

    [Test]
    public void Read_syntaxErrorAfterAnElement_pointsAtItsParentNotTheSibling()
    {
        var xml = Declaration("<FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode><!-- broken -- comment -->");

        var error = Read(xml).Diagnostics.Single();

        Assert.That(error.Id, Is.EqualTo(WcoXmlDiagnosticIds.NotWellFormed));
        Assert.That(error.Pointer, Is.EqualTo("/MetaData/Declaration"));
    }

    [Test]
    public void Read_dtdAfterTheXmlDeclarationInUtf16_isWco0002()
    {
        var text = "<?xml version=\"1.0\" encoding=\"utf-16\"?><!DOCTYPE MetaData><MetaData/>";
        var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray();

        var read = WcoXmlReader.Read(new MemoryStream(bytes));

        Assert.That(read.Diagnostics.Single().Id, Is.EqualTo(WcoXmlDiagnosticIds.DtdProhibited));
    }

    [Test]
    public void Read_withSchemaIdentityConstraints_violationIsReportedWithItsPointer()
    {
        // The default validation flags include identity constraints (xs:unique); configuring a schema must keep them.
        const string Xsd = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:wco:datamodel:WCO:DEC-DMS:2" targetNamespace="urn:wco:datamodel:WCO:DEC-DMS:2" elementFormDefault="qualified">
              <xs:element name="Declaration">
                <xs:complexType><xs:sequence>
                  <xs:element name="FunctionCode" type="xs:string"/>
                  <xs:element name="FunctionalReferenceID" type="xs:string"/>
                  <xs:element name="TypeCode" type="xs:string"/>
                  <xs:element name="AuthorisationHolder" maxOccurs="unbounded">
                    <xs:complexType><xs:sequence><xs:element name="ID" type="xs:string"/><xs:element name="CategoryCode" type="xs:string"/></xs:sequence></xs:complexType>
                  </xs:element>
                </xs:sequence></xs:complexType>
                <xs:unique name="OneHolderPerCategory" xmlns:d="urn:wco:datamodel:WCO:DEC-DMS:2">
                  <xs:selector xpath="d:AuthorisationHolder"/><xs:field xpath="d:CategoryCode"/>
                </xs:unique>
              </xs:element>
            </xs:schema>
            """;
        var schemas = new System.Xml.Schema.XmlSchemaSet();
        schemas.Add(null, System.Xml.XmlReader.Create(new StringReader(Xsd)));
        const string Head = "<FunctionCode>9</FunctionCode><FunctionalReferenceID>L1</FunctionalReferenceID><TypeCode>IMA</TypeCode>";
        const string Holder = "<AuthorisationHolder><ID>GB1</ID><CategoryCode>CSE</CategoryCode></AuthorisationHolder>";
        var options = new WcoXmlReaderOptions { ExternalSchemas = schemas };

        var valid = Read(Declaration(Head + Holder), options);
        var duplicate = Read(Declaration(Head + Holder + Holder), options);

        Assert.That(valid.Diagnostics.Where(d => d.IsError), Is.Empty);
        var error = duplicate.Diagnostics.Single(d => d.IsError);
        Assert.That(error.Id, Is.EqualTo(WcoXmlDiagnosticIds.SchemaInvalid));
        Assert.That(error.Pointer, Does.StartWith("/MetaData/Declaration/AuthorisationHolder[2]"));
        Assert.That(error.Line, Is.GreaterThan(0));
    }

    [Test]
    public void Read_empty_isNotWellFormed()
    {
        var read = Read(string.Empty);

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().IsError, Is.True);
    }
}
