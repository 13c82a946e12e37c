using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>CUSCAR D.95B and D.96B to cargo reports (our fixtures: one manifest, two transport documents, a consolidation with two house bills).</summary>
public sealed class CuscarMappingTests
{
    private static CargoReport Report(string fixture)
    {
        var mapping = Mapper.Map(Mapper.Fixture(fixture));
        var result = mapping.Messages.Single();
        Assert.That(result.Succeeded, Is.True, Mapper.Describe(mapping));
        Assert.That(result.Diagnostics, Is.Empty, Mapper.Describe(mapping));
        return (CargoReport)result.Document!;
    }

    [TestCase("cuscar-d95b.edi")]
    [TestCase("cuscar-d96b.edi")]
    public void Fixture_isValidAgainstItsSegmentTable(string fixture) => Assert.That(Structure.Findings(Mapper.Fixture(fixture)), Is.Empty);

    [TestCase("cuscar-d95b.edi")]
    [TestCase("cuscar-d96b.edi")]
    public void Map_cuscar_givesHeaderTransportAndParties(string fixture)
    {
        var report = Report(fixture);

        Assert.That(report.ManifestNumber, Is.EqualTo("MAN2026031001"));
        Assert.That(report.FunctionCode, Is.EqualTo("9"));
        Assert.That(report.IssueDateTime, Is.EqualTo(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.Zero)));
        Assert.That(report.TransportMeans, Is.EqualTo(new TransportMeans
        {
            Id = "9395044", IdentificationTypeCode = "146", Name = "OCEAN STAR", Nationality = CodeValue.Parse<CountryCode>("LR"), ModeCode = "1", ConveyanceReference = "V042E",
        }));
        Assert.That((report.LoadingLocation?.Value, report.DischargeLocation?.Value), Is.EqualTo(("CNSHA", "NLRTM")));
        Assert.That(report.ArrivalDateTime, Is.EqualTo(new DateTimeOffset(2026, 3, 25, 12, 0, 0, TimeSpan.Zero)));
        Assert.That(report.Parties.Select(p => (p.Role, p.Id, p.Name)), Is.EqualTo(new[]
        {
            (PartyRole.ReportingParty, (string?)"CARRIER1", (string?)"OCEAN LINES LTD"),
            (PartyRole.Carrier, "OCL", "OCEAN LINES LTD"),
        }));
    }

    [TestCase("cuscar-d95b.edi")]
    [TestCase("cuscar-d96b.edi")]
    public void Map_cuscar_givesConsignmentsWithMasterAndHouseBills(string fixture)
    {
        var report = Report(fixture);

        Assert.That(report.CargoReferences.Select(r => r.ToString()), Is.EqualTo(new[]
        {
            "MAN2026031001/OCLSHA0001/HBL7001",
            "MAN2026031001/OCLSHA0001/HBL7002",
            "MAN2026031001/OCLSHA0002/",
        }));
        Assert.That(report.Consignments.Select(c => c.Items.Count), Is.EqualTo(new[] { 1, 2, 1 }));
        Assert.That(report.Consignments.Select(c => c.PackageQuantity), Is.EqualTo(new int?[] { 100, 25, 12 }));
        var first = report.Consignments[0];
        Assert.That(first.Parties.Select(p => (p.Role, p.Name, p.Address?.Country?.Value)), Is.EqualTo(new[]
        {
            (PartyRole.Consignor, (string?)"SHANGHAI EXPORTS CO", (string?)"CN"),
            (PartyRole.Consignee, "ROTTERDAM IMPORTS BV", "NL"),
        }));
        Assert.That((first.LoadingLocation?.Value, first.DischargeLocation?.Value), Is.EqualTo(("CNSHA", "NLRTM")));
    }

    [TestCase("cuscar-d95b.edi")]
    [TestCase("cuscar-d96b.edi")]
    public void Map_cuscar_givesGoodsEquipmentSealsAndDangerousGoods(string fixture)
    {
        var report = Report(fixture);

        var battery = report.Consignments[0].Items.Single();
        Assert.That(battery.Description, Is.EqualTo("LITHIUM ION BATTERIES PACKED WITH EQUIPMENT"));
        Assert.That(battery.GrossMass, Is.EqualTo(new Quantity(1250.5m, "KGM")));
        Assert.That(battery.Packages.Select(p => (p.Quantity, p.TypeCode)), Is.EqualTo(new[] { ((int?)100, (string?)"CT") }));
        Assert.That(battery.DangerousGoods, Is.EqualTo(new[] { new DangerousGoods { UnNumber = "3481", HazardClass = "9" } }));
        Assert.That(battery.EquipmentIds, Is.EqualTo(new[] { "MSKU1234565" }));

        var container = report.Consignments[0].TransportEquipment.Single();
        Assert.That((container.Id, container.SizeTypeCode), Is.EqualTo(("MSKU1234565", "45G1")));
        Assert.That(container.Seals, Is.EqualTo(new[] { "SL0001", "SL0002" }));
        Assert.That(report.Consignments[1].TransportEquipment.Select(e => (e.Id, string.Join(",", e.Seals))),
            Is.EqualTo(new[] { ("MSKU1234565", "SL0001,SL0002"), ("TGHU7654321", "SL0003") }));
    }

    [Test]
    public void Map_sameManifestInD95bAndD96b_givesTheSameReport()
    {
        Assert.That(CanonicalJson.WriteString(Report("cuscar-d96b.edi")), Is.EqualTo(CanonicalJson.WriteString(Report("cuscar-d95b.edi"))));
    }
}
