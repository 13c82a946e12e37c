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

    [Test]
    public void Check_importWithoutImporter_reportsTheMissingImporter()
    {
        var d = Documents.ImportDeclaration();
        d = d with { Parties = d.Parties.Where(p => p.Role != PartyRole.Importer).ToList() };

        var finding = Check(d).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.MissingParty));
        Assert.That(finding.Message, Does.Contain("importer"));
    }

    [Test]
    public void Check_declarationWithoutDeclarant_reportsIt()
    {
        var d = Documents.ImportDeclaration();
        d = d with { Parties = d.Parties.Where(p => p.Role != PartyRole.Declarant).ToList() };

        Assert.That(Check(d).Single().Message, Does.Contain("declarant"));
    }

    [Test]
    public void Check_amendmentCarryingNoParties_needsNone()
    {
        var d = Documents.ImportDeclaration() with { FunctionCode = "13", TypeCode = "COR", Parties = [] };

        Assert.That(Check(d), Is.Empty);
    }

    [Test]
    public void Check_invoiceTotalDisagreesWithTheItemPrices_pointsAtInvoiceAmount()
    {
        var d = WithItemPrices(Documents.ImportDeclaration(), 2000m, 400m);

        var finding = Check(d).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.TotalMismatch));
        Assert.That(finding.Pointer, Is.EqualTo("/invoiceAmount"));
        Assert.That(finding.Message, Does.Contain("2400"));
    }

    [Test]
    public void Check_invoiceTotalEqualToTheItemPrices_findsNothing() =>
        Assert.That(Check(WithItemPrices(Documents.ImportDeclaration(), 2000m, 500m)), Is.Empty);

    [Test]
    public void Check_itemPriceInAnotherCurrency_isNotAddedUp()
    {
        var d = WithItemPrices(Documents.ImportDeclaration(), 2000m, 400m);
        d = d with { GoodsItems = [d.GoodsItems[0], d.GoodsItems[1] with { ItemPrice = new Amount(400m, CodeValue.Parse<CurrencyCode>("USD")) }] };

        Assert.That(Check(d), Is.Empty);
    }

    [Test]
    public void Check_declarationWithDefaultLrn_isRequiredValueNotACrash()
    {
        var d = Documents.ImportDeclaration() with { Lrn = default };

        var finding = Check(d).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.RequiredValue));
        Assert.That(finding.Pointer, Is.EqualTo("/lrn"));
    }

    [Test]
    public void Check_travelDocumentExpiredBeforeTheFlight_isDocumentExpired()
    {
        var list = Flight(new TravelDocument { TypeCode = "P", Number = "X1", ExpiryDate = new DateOnly(2026, 11, 29) });

        var finding = Check(list).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.DocumentExpired));
        Assert.That(finding.Pointer, Is.EqualTo("/travellers/0/documents/0/expiryDate"));
    }

    [Test]
    public void Check_travelDocumentValidOnTheFlightDay_findsNothing() =>
        Assert.That(Check(Flight(new TravelDocument { TypeCode = "P", Number = "X1", ExpiryDate = new DateOnly(2026, 11, 30) })), Is.Empty);

    [Test]
    public void Check_travelDocument_isCheckedAgainstTheLegTheTravellerBoards()
    {
        // Boards the second leg, flown the next day: a document expiring on the first leg's day has expired.
        var list = Flight(new TravelDocument { TypeCode = "P", Number = "X1", ExpiryDate = new DateOnly(2026, 11, 30) });
        list = list with
        {
            Legs = [.. list.Legs, new FlightLeg { DepartureAirport = Airport("JFK"), ScheduledDepartureLocal = new DateTime(2026, 12, 1, 8, 0, 0), ArrivalAirport = Airport("BOS") }],
            Travellers = [list.Travellers[0] with { EmbarkationAirport = Airport("JFK") }],
        };

        Assert.That(Check(list).Single().Id, Is.EqualTo(BusinessRuleIds.DocumentExpired));
    }

    [Test]
    public void Check_legArrivingWhereItDeparts_hasItsOwnRule()
    {
        var list = Flight() with { Legs = [new FlightLeg { DepartureAirport = Airport("LHR"), ArrivalAirport = Airport("LHR") }] };

        var finding = Check(list).Single();

        Assert.That(finding.Id, Is.EqualTo(BusinessRuleIds.LegEndpoints));
        Assert.That(finding.Pointer, Is.EqualTo("/legs/0/arrivalAirport"));
    }

    private static AirportCode Airport(string code) => CodeValue.Parse<AirportCode>(code);

    private static PassengerList Flight(params TravelDocument[] documents) => new()
    {
        Kind = PassengerListKind.Passengers,
        Flight = new FlightIdentifier("BA", "0117"),
        Legs = [new FlightLeg { DepartureAirport = Airport("LHR"), ScheduledDepartureLocal = new DateTime(2026, 11, 30, 9, 30, 0), ArrivalAirport = Airport("JFK") }],
        Travellers = [new Traveller { Role = TravellerRole.Passenger, Surname = "DOE", Documents = documents }],
    };

    private static Declaration WithItemPrices(Declaration d, decimal first, decimal second) => d with
    {
        GoodsItems = [d.GoodsItems[0] with { ItemPrice = new Amount(first) }, d.GoodsItems[1] with { ItemPrice = new Amount(second, CodeValue.Parse<CurrencyCode>("EUR")) }],
    };
}
