using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>
/// The real CUSCAR D.95B sample (MSC, <c>../shared/samples/edifact/lenient/edinet__edifact.D95B.CUSCAR.EDI</c>: UNH
/// without message type, tab-indented lines), read leniently: its consignments with master and house bills of
/// lading, goods items and equipment, as the raw segments give them.
/// </summary>
public sealed class CuscarSampleConformanceTests
{
    private static IEnumerable<TestCaseData> Samples() => SharedData.Cases("samples/edifact/lenient", "edinet__edifact.D95B.CUSCAR.EDI");

    private sealed record Part(string Master, string? House, List<string> Items, List<string> Equipment);

    /// <summary>
    /// What the segments say, in the sample's shape: a CNI names the master bill (C503 1004); each RFF after it
    /// opens a transport document part, whose reference is a house bill when it differs from the master.
    /// </summary>
    private static List<Part> PartsOf(List<RawSegment> message)
    {
        var parts = new List<Part>();
        string? master = null;
        foreach (var segment in message)
        {
            switch (segment.Tag)
            {
                case "CNI":
                    master = segment.At(2);
                    break;
                case "RFF" when master is not null:
                    var reference = segment.At(1, 2);
                    parts.Add(new Part(master, reference == master ? null : reference, [], []));
                    break;
                case "GID" when parts.Count > 0:
                    parts[^1].Items.Add(segment.At(1));
                    break;
                case "SGP" when parts.Count > 0:
                    parts[^1].Equipment.Add(segment.At(1));
                    break;
            }
        }

        return parts;
    }

    [Test]
    public void Samples_arePresent() => Assert.That(Samples().Count(), Is.EqualTo(SharedData.Root is null ? 0 : 1));

    [TestCaseSource(nameof(Samples))]
    public void Map_cuscarSample_givesItsConsignmentsWithMasterAndHouseBills(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var mapping = Mapper.Map(bytes, EdifactReadMode.Lenient);
        var raw = RawSegments.Messages(bytes).Single();
        Assert.That(raw.Where(s => s.Tag is "TDT" or "NAD").SkipWhile(s => s.Tag != "CNI").Any(s => s.Tag == "TDT"), Is.False, "the derivation assumes no RFF of a transport stage inside a consignment");

        var result = mapping.Messages.Single();
        var report = result.Document as CargoReport;
        Assert.That(report, Is.Not.Null, Mapper.Describe(mapping));
        Assert.That(result.MessageType, Is.EqualTo("CUSCAR"));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Contain("EDI0209"), "the missing message type is inferred, visibly");
        Assert.That(report!.ManifestNumber, Is.EqualTo(raw.Single(s => s.Tag == "BGM").At(2)));

        var expected = PartsOf(raw);
        Assert.That(report.Consignments.Select(c => (c.MasterBillOfLading, c.HouseBillOfLading)), Is.EqualTo(expected.Select(p => (p.Master, p.House))));
        Assert.That(report.Consignments.Select(c => c.Items.Select(i => i.SequenceNumber.ToString(System.Globalization.CultureInfo.InvariantCulture))), Is.EqualTo(expected.Select(p => p.Items)));
        Assert.That(report.Consignments.Select(c => c.TransportEquipment.Select(e => e.Id)), Is.EqualTo(expected.Select(p => p.Equipment.Distinct())));
        Assert.That(report.CargoReferences.Select(r => r.ToString()), Is.Unique);
        Assert.That(report.TransportMeans.ConveyanceReference, Is.EqualTo(raw.Single(s => s.Tag == "TDT").At(2)));
        Assert.That(result.Diagnostics.Where(d => d.IsError), Is.Empty, Mapper.Describe(mapping));
    }
}
