using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Edifact.Tests.Support;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>CUSDEC D.96B to declarations (our fixture: an import with three goods items, parties, documents and duties).</summary>
public sealed class CusdecMappingTests
{
    private const string Fixture = "cusdec-d96b-import.edi";

    private static Declaration Declaration()
    {
        var mapping = Mapper.Map(Mapper.Fixture(Fixture));
        var result = mapping.Messages.Single();
        Assert.That(result.Succeeded, Is.True, Mapper.Describe(mapping));
        Assert.That(result.Diagnostics, Is.Empty, Mapper.Describe(mapping));
        return (Declaration)result.Document!;
    }

    [Test]
    public void Fixture_isValidAgainstItsSegmentTable() => Assert.That(Structure.Findings(Mapper.Fixture(Fixture)), Is.Empty);

    [Test]
    public void Fixture_withFourDigitProcedureCodes_isValidAtStructureLevelStrictlyWithCodeLists()
    {
        var result = EdifactInterchange.Validate(Mapper.Fixture(Fixture), new EdifactValidationOptions
        {
            Reader = EdifactReaderOptions.Strict,
            Level = EdifactValidationLevel.Structure,
            Catalog = TestDirectories.Catalog,
        });

        // The fixture has a segment a line: read strictly, that is information, no error or warning.
        Assert.That(result.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info), Is.Empty, string.Join("\n", result.Diagnostics));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void Map_procedureCodeInGis_isNotTakenForTheProcedure()
    {
        // GIS C529 7365 is a processing indicator (an..3): a four-digit procedure code there is a structure error, not a procedure.
        var text = System.Text.Encoding.ASCII.GetString(Mapper.Fixture(Fixture));
        var gis = text.Replace("CST+1+85076000:122+4000:117'", "CST+1+85076000:122'", StringComparison.Ordinal)
            .Replace("DOC+861+CO-2026-77'", "DOC+861+CO-2026-77'GIS+4000'", StringComparison.Ordinal)
            .Replace("UNT+53+CD1'", "UNT+54+CD1'", StringComparison.Ordinal);

        var structure = EdifactInterchange.Validate(System.Text.Encoding.ASCII.GetBytes(gis), new EdifactValidationOptions
        {
            Reader = EdifactReaderOptions.Strict,
            Level = EdifactValidationLevel.Structure,
            Catalog = TestDirectories.Catalog,
        });
        var item = ((Declaration)Mapper.Map(System.Text.Encoding.ASCII.GetBytes(gis)).Messages.Single().Document!).GoodsItems[0];

        Assert.That(structure.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error).Select(d => (d.Id, d.SegmentTag, d.Element, d.Component)), Is.EqualTo(new[] { ("EDI0126", (string?)"GIS", 1, 1) }));
        Assert.That(item.Procedures, Is.Empty);
    }

    [Test]
    public void Map_procedureCodeOfAnotherLength_isTakenWhole()
    {
        var text = System.Text.Encoding.ASCII.GetString(Mapper.Fixture(Fixture)).Replace("CST+2+61091000:122+4000:117'", "CST+2+61091000:122+1CS:117+Q123:ZZZ'", StringComparison.Ordinal);

        var item = ((Declaration)Mapper.Map(System.Text.Encoding.ASCII.GetBytes(text)).Messages.Single().Document!).GoodsItems[1];

        Assert.That(item.Procedures.Select(p => (p.CurrentCode, p.PreviousCode)), Is.EqualTo(new[] { ("1CS", (string?)null) }));
        Assert.That(item.Classifications.Select(c => (c.Id, c.TypeCode)), Is.EqualTo(new[] { ("Q123", (string?)"ZZZ") }));
    }

    [Test]
    public void Map_cusdec_givesTheHeader()
    {
        var d = Declaration();

        Assert.That((d.FunctionCode, d.TypeCode, d.Lrn.Value), Is.EqualTo(("9", "IMA", "LRN-2026-0042")));
        Assert.That(d.IsImport, Is.True);
        Assert.That(d.Ucr?.Value, Is.EqualTo("6NL123456789-UCR0042"));
        Assert.That(d.IssueDateTime, Is.EqualTo(new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.Zero)));
        Assert.That(d.DeclarationOfficeId, Is.EqualTo("NL000396"));
        Assert.That((d.ExportCountry?.Value, d.DestinationCountry?.Value), Is.EqualTo(("CN", "NL")));
        Assert.That(d.TotalGrossMass, Is.EqualTo(new Quantity(5230m, "KGM")));
        Assert.That(d.InvoiceAmount, Is.EqualTo(new Amount(48250.00m, CodeValue.Parse<CurrencyCode>("USD"))));
        Assert.That((d.GoodsItemQuantity, d.TotalPackageQuantity), Is.EqualTo(((int?)3, (int?)132)));
        Assert.That(d.TradeTerms, Is.EqualTo(new TradeTerms { ConditionCode = "CIF", LocationId = "NLRTM" }));
        Assert.That(d.BorderTransportMeans?.Name, Is.EqualTo("OCEAN STAR"));
        Assert.That(d.TransportEquipment.Select(e => (e.Id, string.Join(",", e.Seals))), Is.EqualTo(new[] { ("MSKU1234565", "SL0001") }));
        Assert.That(d.ContainerCode, Is.EqualTo("1"));
        Assert.That(d.AdditionalDocuments.Select(x => (x.TypeCode, x.Id)), Is.EqualTo(new[] { ((string?)"705", (string?)"OCLSHA0001"), ("380", "INV-55501") }));
        Assert.That(d.AdditionalInformation.Single().StatementDescription, Is.EqualTo("GOODS ARRIVED ON VESSEL OCEAN STAR"));
    }

    [Test]
    public void Map_cusdec_givesThePartiesWithTheirRoles()
    {
        var d = Declaration();

        Assert.That(d.Parties.Select(p => (p.Role, p.Id, p.Name)), Is.EqualTo(new[]
        {
            (PartyRole.Importer, (string?)"NL123456789", (string?)"ROTTERDAM IMPORTS BV"),
            (PartyRole.Declarant, "NL987654321", "CUSTOMS BROKERS BV"),
            (PartyRole.Exporter, null, "SHANGHAI EXPORTS CO"),
        }));
        Assert.That(d.Parties[0].Address, Is.EqualTo(new Address { Line = "HAVENSTRAAT 1", CityName = "ROTTERDAM", PostcodeId = "3011AA", Country = CodeValue.Parse<CountryCode>("NL") }));
    }

    [Test]
    public void Map_cusdec_givesEveryGoodsItem()
    {
        var items = Declaration().GoodsItems;

        Assert.That(items.Select(i => (i.SequenceNumber, i.CommodityCode?.Value, i.OriginCountry?.Value)), Is.EqualTo(new[]
        {
            (1, (string?)"85076000", (string?)"CN"), (2, "61091000", "BD"), (3, "82055980", "CN"),
        }));
        var battery = items[0];
        Assert.That(battery.Description, Is.EqualTo("LITHIUM ION BATTERIES"));
        Assert.That((battery.GrossMass, battery.NetMass), Is.EqualTo((new Quantity(1250.5m, "KGM"), new Quantity(1100m, "KGM"))));
        Assert.That(battery.Packages.Select(p => (p.Quantity, p.TypeCode, p.MarksNumbers)), Is.EqualTo(new[] { ((int?)100, (string?)"CT", (string?)"RTM-0001/100") }));
        Assert.That(battery.ItemPrice, Is.EqualTo(new Amount(30000.00m, CodeValue.Parse<CurrencyCode>("USD"))));
        Assert.That(battery.CustomsValue, Is.EqualTo(new Amount(31200.00m, CodeValue.Parse<CurrencyCode>("EUR"))));
        Assert.That(battery.PreviousDocuments.Select(p => (p.TypeCode, p.Id)), Is.EqualTo(new[] { ((string?)"ABT", "26NL0000000001234") }));
        Assert.That(battery.AdditionalDocuments.Select(x => (x.TypeCode, x.Id)), Is.EqualTo(new[] { ((string?)"861", (string?)"CO-2026-77") }));
        Assert.That(battery.Procedures.Select(p => (p.CurrentCode, p.PreviousCode)), Is.EqualTo(new[] { ("40", (string?)"00") }), "CST C246 4000:117, requested and previous procedure");
        Assert.That(battery.Classifications, Is.Empty, "the procedure code is no classification");
        Assert.That(battery.DutyTaxFees.Select(t => (t.TypeCode, t.TaxAssessed)), Is.EqualTo(new[]
        {
            ((string?)"CUD", (Amount?)new Amount(842.40m, CodeValue.Parse<CurrencyCode>("EUR"))),
            ("VAT", new Amount(6693.50m, CodeValue.Parse<CurrencyCode>("EUR"))),
        }));
        Assert.That(items.Sum(i => i.Packages.Sum(p => p.Quantity)), Is.EqualTo(132));
    }
}
