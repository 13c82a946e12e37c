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
    public void Read_empty_isNotWellFormed()
    {
        var read = Read(string.Empty);

        Assert.That(read.Value, Is.Null);
        Assert.That(read.Diagnostics.Single().IsError, Is.True);
    }
}
