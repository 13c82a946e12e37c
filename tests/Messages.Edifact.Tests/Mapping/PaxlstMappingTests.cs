using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping;

/// <summary>PAXLST D.02B and D.05B, as the WCO/IATA/ICAO API Guidelines use them, to passenger lists (our fixtures).</summary>
public sealed class PaxlstMappingTests
{
    private static PassengerList Single(string fixture, out EdifactMappingResult result)
    {
        var mapping = Mapper.Map(Mapper.Fixture(fixture));
        Assert.That(mapping.Envelope.IsValid, Is.True, Mapper.Describe(mapping));
        result = mapping.Messages.Single();
        return result.Document as PassengerList ?? throw new AssertionException("no passenger list: " + Mapper.Describe(mapping));
    }

    [TestCase("paxlst-d02b-passengers.edi")]
    [TestCase("paxlst-d05b-crew.edi")]
    public void Fixture_followsTheDirectory_butForTheGuidelinesDepartureInSg3(string fixture)
    {
        // The API Guidelines give the times in SG3 (LOC+125/DTM+189), never in SG2's DTM, which D.02B and D.05B mark M.
        Assert.That(Structure.Findings(Mapper.Fixture(fixture)), Is.EqualTo(new[] { "LOC: MissingSegment 0110" }));
    }

    [Test]
    public void Map_d02bPassengerList_givesFlightLegsAndEveryPassenger()
    {
        var list = Single("paxlst-d02b-passengers.edi", out var result);

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(result.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info), Is.Empty);
        Assert.That(list.Kind, Is.EqualTo(PassengerListKind.Passengers));
        Assert.That(list.DocumentId, Is.EqualTo("PL20260315BA117"));
        Assert.That(list.Flight, Is.EqualTo(new FlightIdentifier("BA", "0117")));
        Assert.That(list.ReportingParty, Is.EqualTo(new Party { Role = PartyRole.ReportingParty, Name = "ALPHA AIRLINES OPERATIONS", Communication = "44 20 7946 0000" }));
        Assert.That(list.Legs, Is.EqualTo(new[]
        {
            new FlightLeg
            {
                DepartureAirport = CodeValue.Parse<AirportCode>("LHR"), ScheduledDepartureLocal = new DateTime(2026, 3, 15, 10, 30, 0),
                ArrivalAirport = CodeValue.Parse<AirportCode>("JFK"), ScheduledArrivalLocal = new DateTime(2026, 3, 15, 13, 45, 0),
            },
        }));
        Assert.That(list.DeclaredPassengerCount, Is.EqualTo(3));
        Assert.That(list.Travellers.Select(t => t.Surname), Is.EqualTo(new[] { "O'BRIEN", "MÜLLER", "NGUYEN" }), "release characters removed, UNOC read as Latin-1");
    }

    [Test]
    public void Map_d02bPassenger_carriesNameAddressDatesDocumentsAndReferences()
    {
        var obrien = Single("paxlst-d02b-passengers.edi", out _).Travellers[0];

        Assert.That(obrien.Role, Is.EqualTo(TravellerRole.Passenger));
        Assert.That(obrien.GivenNames, Is.EqualTo(new[] { "MARY", "ANNE" }));
        Assert.That(obrien.Address, Is.EqualTo(new Address { Line = "12 HIGH STREET", CityName = "LONDON", PostcodeId = "SW1A 1AA", Country = CodeValue.Parse<CountryCode>("GB") }));
        Assert.That(obrien.Gender, Is.EqualTo(Gender.Female));
        Assert.That(obrien.BirthDate, Is.EqualTo(new DateOnly(1985, 4, 12)));
        Assert.That(obrien.Nationality?.Value, Is.EqualTo("GB"));
        Assert.That(obrien.CountryOfResidence?.Value, Is.EqualTo("GB"));
        Assert.That((obrien.EmbarkationAirport?.Value, obrien.DebarkationAirport?.Value), Is.EqualTo(("LHR", "JFK")));
        Assert.That(obrien.PnrLocator, Is.EqualTo("ABC123"));
        Assert.That(obrien.Documents, Is.EqualTo(new[]
        {
            new TravelDocument { TypeCode = "P", Number = "925665416", IssuingCountry = CodeValue.Parse<CountryCode>("GB"), ExpiryDate = new DateOnly(2031, 1, 1) },
            new TravelDocument { TypeCode = "V", Number = "A12345678", IssuingCountry = CodeValue.Parse<CountryCode>("US"), ExpiryDate = new DateOnly(2027, 6, 30) },
        }));
    }

    [Test]
    public void Map_d02bPassengers_readIcaoCodesFormatsAndCenturies()
    {
        var travellers = Single("paxlst-d02b-passengers.edi", out _).Travellers;

        // ICAO Doc 9303 'D' is Germany; DTM 102 is read as given; a two-digit birth year lies before the interchange (2026).
        Assert.That(travellers[1].Nationality?.Value, Is.EqualTo("DE"));
        Assert.That(travellers[1].BirthDate, Is.EqualTo(new DateOnly(1961, 2, 28)));
        Assert.That(travellers[1].Documents.Single().ExpiryDate, Is.EqualTo(new DateOnly(2029, 1, 15)));
        Assert.That(travellers[1].GivenNames, Is.EqualTo(new[] { "JÖRG", "PETER" }));
        Assert.That(travellers[2].BirthDate, Is.EqualTo(new DateOnly(2000, 1, 1)));
        Assert.That(travellers[2].Gender, Is.EqualTo(Gender.Unspecified));
        Assert.That(travellers[2].Seat, Is.EqualTo("12A"));
        Assert.That(travellers[2].Nationality?.Value, Is.EqualTo("VN"));
    }

    [Test]
    public void Map_d05bCrewList_givesCrewInTransitCrewAndEveryLeg()
    {
        var list = Single("paxlst-d05b-crew.edi", out var result);

        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics));
        Assert.That(list.Kind, Is.EqualTo(PassengerListKind.Crew));
        Assert.That(list.Flight, Is.EqualTo(new FlightIdentifier("XB", "456")));
        Assert.That(list.Legs.Select(l => $"{l.DepartureAirport}-{l.ArrivalAirport} {l.ScheduledDepartureLocal:HHmm}-{l.ScheduledArrivalLocal:HHmm}"),
            Is.EqualTo(new[] { "FRA-ORD 0800-1055", "ORD-SFO 1300-1530" }));
        Assert.That(list.Travellers.Select(t => (t.Surname, t.Role)), Is.EqualTo(new[] { ("SCHMIDT", TravellerRole.CrewMember), ("ROSSI", TravellerRole.InTransitCrewMember) }));
        Assert.That(list.Travellers[0].Documents.Select(d => (d.TypeCode, d.Number, d.IssuingCountry?.Value)),
            Is.EqualTo(new[] { ("P", "C4J7K2L9M", (string?)"DE"), ("I", "L01X00T47", "DE") }));
        Assert.That(list.Travellers[0].BirthDate, Is.EqualTo(new DateOnly(1972, 3, 9)));
        Assert.That(list.DeclaredCrewCount, Is.EqualTo(2));
        Assert.That(result.Diagnostics.Select(d => d.Id), Does.Not.Contain("EDI0208"), "CNT+41 counts crew and in-transit crew alike");
    }

    [Test]
    public void Map_sameListInD02bAndD05b_givesTheSameTravellers()
    {
        var d02b = Mapper.Fixture("paxlst-d05b-crew.edi");
        var text = System.Text.Encoding.ASCII.GetString(d02b).Replace("D:05B", "D:02B", StringComparison.Ordinal);

        var a = Mapper.Map(d02b).Messages.Single();
        var b = Mapper.Map(System.Text.Encoding.ASCII.GetBytes(text)).Messages.Single();

        Assert.That(b.Directory?.Release, Is.EqualTo("02B"));
        Assert.That(a.Directory?.Release, Is.EqualTo("05B"));
        Assert.That(CanonicalJson.WriteString(b.Document!), Is.EqualTo(CanonicalJson.WriteString(a.Document!)));
    }
}
