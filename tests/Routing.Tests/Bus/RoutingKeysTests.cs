using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.Routing.Tests.Bus;

public sealed class RoutingKeysTests
{
    private static readonly CargoReport Manifest = new()
    {
        ManifestNumber = "MNF-2026-0042",
        TransportMeans = new TransportMeans { Id = "9074729", ConveyanceReference = "0421E" },
        Consignments =
        [
            new Consignment { MasterBillOfLading = "MAEU123" },
            new Consignment { MasterBillOfLading = "MAEU123", HouseBillOfLading = "HB-7" },
            new Consignment { MasterBillOfLading = "MSCU999", HouseBillOfLading = "HB-1" },
        ],
    };

    [Test]
    public void For_cargoReportPublishedWhole_isTheManifestNumberThatBeginsEveryUcrItHolds()
    {
        var key = RoutingKeys.For(Manifest);

        Assert.That(key, Is.EqualTo("MNF-2026-0042"));
        Assert.That(Manifest.CargoReferences.Select(RoutingKeys.Cargo), Is.All.StartsWith(key + "/"));
    }

    [Test]
    public void Cargo_consignmentLevelRecords_areKeyedByTheirWholeUcr()
    {
        Assert.That(Manifest.CargoReferences.Select(RoutingKeys.Cargo), Is.EqualTo(new[]
        {
            "MNF-2026-0042/MAEU123/", "MNF-2026-0042/MAEU123/HB-7", "MNF-2026-0042/MSCU999/HB-1",
        }));
    }
}
