using Microsoft.Extensions.Time.Testing;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Tests.Support;
using UniPass.Gateway.Messages.Wco.Validation;

namespace UniPass.Gateway.Messages.Wco.Tests.Validation;

public sealed class BusinessRulesTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));

    private IReadOnlyList<Diagnostic> Check(CanonicalDocument document) => new BusinessRules(_clock).Check(document);

    [Test]
    public void Check_consistentDeclaration_findsNothing() =>
        Assert.That(Check(Documents.ImportDeclaration()), Is.Empty);

    [Test]
    public void Check_itemCountDisagrees_pointsAtGoodsItemQuantity()
    {
        var d = Documents.ImportDeclaration() with { GoodsItemQuantity = 3 };

        var finding = Check(d).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.TotalMismatch));
        Assert.That(finding.Pointer, Is.EqualTo("/goodsItemQuantity"));
    }

    [Test]
    public void Check_packageTotalDisagrees_pointsAtTotalPackageQuantity()
    {
        var d = Documents.ImportDeclaration() with { TotalPackageQuantity = 16 };

        Assert.That(Check(d).Single().Pointer, Is.EqualTo("/totalPackageQuantity"));
    }

    [Test]
    public void Check_exportWithoutExporter_reportsTheMissingParty()
    {
        var d = Documents.ImportDeclaration() with { TypeCode = "EXD", Parties = [new Party { Role = PartyRole.Declarant, Id = "GB1" }] };

        var finding = Check(d).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.MissingParty));
        Assert.That(finding.Message, Does.Contain("exporter"));
    }

    [Test]
    public void Check_reservedHsChapter_pointsAtTheItem()
    {
        var d = Documents.ImportDeclaration();
        d = d with { GoodsItems = [d.GoodsItems[0], d.GoodsItems[1] with { CommodityCode = CodeValue.Parse<HsCode>("770100") }] };

        var finding = Check(d).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.HsCodeShape));
        Assert.That(finding.Pointer, Is.EqualTo("/goodsItems/1/commodityCode"));
    }

    [Test]
    public void Check_issueDateInTheFuture_isDateSanity()
    {
        var d = Documents.ImportDeclaration() with { IssueDateTime = _clock.GetUtcNow().AddDays(3) };

        Assert.That(Check(d).Single().Id, Is.EqualTo(BusinessRuleIds.DateSanity));
    }

    [Test]
    public void Check_netAboveGross_pointsAtNetMass()
    {
        var d = Documents.ImportDeclaration();
        d = d with { GoodsItems = [d.GoodsItems[0] with { NetMass = new Quantity(2000m, "KGM") }, d.GoodsItems[1]] };

        Assert.That(Check(d).Single().Pointer, Is.EqualTo("/goodsItems/0/netMass"));
    }

    [Test]
    public void Check_duplicateSequenceNumber_isReported()
    {
        var d = Documents.ImportDeclaration();
        d = d with { GoodsItems = [d.GoodsItems[0], d.GoodsItems[1] with { SequenceNumber = 1 }] };

        Assert.That(Check(d).Single().Id, Is.EqualTo(BusinessRuleIds.DuplicateSequence));
    }

    [Test]
    public void Check_passengerCountDisagrees_andBirthInTheFuture_bothReported()
    {
        var list = new PassengerList
        {
            Kind = PassengerListKind.Passengers,
            Flight = new FlightIdentifier("BA", "0123"),
            DeclaredPassengerCount = 2,
            Travellers = [new Traveller { Role = TravellerRole.Passenger, Surname = "DOE", BirthDate = new DateOnly(2027, 1, 1) }],
        };

        var ids = Check(list).Select(f => f.Pointer).ToList();

        Assert.That(ids, Is.EquivalentTo(new[] { "/declaredPassengerCount", "/travellers/0/birthDate" }));
    }

    [Test]
    public void Check_cargoReportWithRepeatedBillOfLading_isReported()
    {
        var consignment = new Consignment { MasterBillOfLading = "MBL1", HouseBillOfLading = "H1" };
        var report = new CargoReport { ManifestNumber = "M1", TransportMeans = new TransportMeans(), Consignments = [consignment, consignment] };

        var finding = Check(report).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.DuplicateCargoReference));
        Assert.That(finding.Pointer, Is.EqualTo("/consignments/1"));
    }

    [Test]
    public void Check_permitExpiringBeforeIssue_isDateSanity()
    {
        var permit = new Permit { PermitId = "P1", TypeCode = "C640", IssuingAgency = "veterinary", Stage = PermitStage.Decision, IssueDate = new DateOnly(2026, 5, 2), ExpiryDate = new DateOnly(2026, 5, 1) };

        Assert.That(Check(permit).Single().Pointer, Is.EqualTo("/expiryDate"));
    }
}
