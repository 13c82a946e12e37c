using UniPass.Gateway.Messages.Wco.Model;
using static UniPass.Gateway.Messages.Edifact.Mapping.Internal.Elements;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// PAXLST (D.02B, D.05B) → <see cref="PassengerList"/>, as the WCO/IATA/ICAO Guidelines on Advance
/// Passenger Information use the message: BGM 745 (passengers) or 250 (crew); SG1 NAD+MS the reporting
/// party with its COM; SG2 TDT+20 the flight with SG3 LOC+125/DTM+189 (departure) and LOC+87/DTM+232
/// (arrival) per leg; SG4 NAD+FL/FM (DDU/DDT in transit) per traveller with ATT (gender), DTM+329 (birth),
/// LOC+178/179 (embarkation, debarkation), LOC+174 (residence), NAT, RFF+AVF (PNR) and RFF+SEA (seat);
/// SG5 DOC per travel document with DTM+36 (expiry) and LOC+91 (issuing state); CNT+42/41 the totals.
/// </summary>
internal sealed class PaxlstMapping : MessageMapping<PaxlstState>
{
    // The second top-level group triggered by NAD is SG4, the travellers (the first, SG1, is the reporting party).
    private static readonly GroupTrigger TravellerGroup = new("NAD", 2);

    private static readonly SegmentMap<PaxlstState>[] s_segments =
    [
        new(SegmentRef.Top("BGM"), [DocumentNameCode, DocumentIdentifier], static (s, in v) => OnBgm(s, v)),
        new(SegmentRef.Top("NAD", 1), Parties.Fields, static (s, in v) => OnReportingParty(s, v)),
        new(SegmentRef.In(["NAD"], "COM"), [CommunicationNumber], static (s, in v) => OnReportingContact(s, v)),
        new(SegmentRef.Top("TDT"), [TransportStage, ConveyanceReference, CarrierId], static (s, in v) => OnFlight(s, v)),
        new(SegmentRef.In(["TDT"], "LOC"), [LocationQualifier, LocationId], static (s, in v) => OnLegLocation(s, v)),
        new(SegmentRef.In(["TDT", "LOC"], "DTM"), [DateQualifier, DateValue, DateFormat], static (s, in v) => OnLegDate(s, v)),
        new(SegmentRef.Top("NAD", 2), [PartyQualifier, PartyName1, PartyName2, PartyName3, PartyName4, PartyName5, Street1, Street2, City, Postcode, Country],
            static (s, in v) => OnTraveller(s, v)),
        new(SegmentRef.In([TravellerGroup], "ATT"), [AttributeQualifier, AttributeCode], static (s, in v) => OnAttribute(s, v)),
        new(SegmentRef.In([TravellerGroup], "DTM"), [DateQualifier, DateValue, DateFormat], static (s, in v) => OnTravellerDate(s, v)),
        new(SegmentRef.In([TravellerGroup], "LOC"), [LocationQualifier, LocationId], static (s, in v) => OnTravellerLocation(s, v)),
        new(SegmentRef.In([TravellerGroup], "NAT"), [NationalityQualifier, NationalityCode], static (s, in v) => OnNationality(s, v)),
        new(SegmentRef.In([TravellerGroup], "RFF"), [ReferenceQualifier, ReferenceId], static (s, in v) => OnReference(s, v)),
        new(SegmentRef.In([TravellerGroup], "DOC"), [DocumentNameCode, DocumentNumber], static (s, in v) => OnDocument(s, v)),
        new(SegmentRef.In([TravellerGroup, "DOC"], "DTM"), [DateQualifier, DateValue, DateFormat], static (s, in v) => OnDocumentDate(s, v)),
        new(SegmentRef.In([TravellerGroup, "DOC"], "LOC"), [LocationQualifier, LocationId], static (s, in v) => OnDocumentLocation(s, v)),
        new(SegmentRef.Top("CNT"), [ControlQualifier, ControlValue], static (s, in v) => OnControlTotal(s, v)),
    ];

    private static readonly GroupMap<PaxlstState>[] s_groups =
    [
        new(GroupRef.Of("NAD"), static s => s.InReportingParty = false),
        new(GroupRef.Of("TDT", "LOC"), static s => s.CurrentPoint = PaxlstState.LegPoint.None),
        new(GroupRef.Of(TravellerGroup, "DOC"), EndDocument),
        new(GroupRef.Of(TravellerGroup), EndTraveller),
    ];

    public override string MessageType => "PAXLST";

    protected override IReadOnlyList<SegmentMap<PaxlstState>> Segments => s_segments;

    protected override IReadOnlyList<GroupMap<PaxlstState>> Groups => s_groups;

    protected override PaxlstState CreateState(MappingContext context) => new(context);

    protected override CanonicalDocument? Finish(PaxlstState s)
    {
        if (s.PendingDeparture is { } open)
        {
            s.ReportAtHeader(EdifactMappingDiagnostics.MissingData, s.LegLocation, "arrivalAirport", "SG3 LOC+87", $"the arrival of the leg from {open.DepartureAirport}");
        }

        if (s.Flight is null)
        {
            s.ReportAtHeader(EdifactMappingDiagnostics.MissingData, s, "flight", "SG2 TDT+20 8028", "the flight (conveyance reference)");
        }

        if (s.Kind is null || s.Flight is null)
        {
            return null;
        }

        return new PassengerList
        {
            Kind = s.Kind.Value,
            DocumentId = s.DocumentId,
            ReportingParty = s.ReportingParty,
            Flight = s.Flight,
            Legs = s.Legs.ToArray(),
            Travellers = s.Travellers.ToArray(),
            DeclaredPassengerCount = s.DeclaredPassengers,
            DeclaredCrewCount = s.DeclaredCrew,
        };
    }

    // BGM C002 1001 (UNCL 1001): 745 passenger list, 250 crew list declaration.
    private static void OnBgm(PaxlstState s, in SegmentView v)
    {
        s.DocumentId = v.Text(DocumentIdentifier);
        if (v.Is(DocumentNameCode, "745"u8))
        {
            s.Kind = PassengerListKind.Passengers;
        }
        else if (v.Is(DocumentNameCode, "250"u8))
        {
            s.Kind = PassengerListKind.Crew;
        }
        else if (s.Required(v, DocumentNameCode, s, "kind", "the list's kind (745 passengers, 250 crew)") is { } code)
        {
            s.Report(EdifactMappingDiagnostics.InvalidCode, v, DocumentNameCode, s, "kind", code, "passenger list kind (UNCL 1001)", "expected 745 (passenger list) or 250 (crew list)");
        }
    }

    // SG1 NAD+MS: the party sending the list (WCO/IATA/ICAO API Guidelines: the airline or its agent).
    private static void OnReportingParty(PaxlstState s, in SegmentView v)
    {
        s.InReportingParty = false;
        if (!v.Is(PartyQualifier, "MS"u8))
        {
            s.Unmapped(v, PartyQualifier, s);
            return;
        }

        if (s.ReportingParty is not null)
        {
            s.Report(EdifactMappingDiagnostics.Repeated, v, PartyQualifier, s, "reportingParty", "NAD+MS");
            return;
        }

        s.InReportingParty = true;
        s.ReportingParty = new Party
        {
            Role = PartyRole.ReportingParty,
            Id = v.Text(PartyId),
            Name = v.Text(PartyName1) ?? v.Text(NameAndAddress1),
            Address = Parties.Address(s, v, s.ReportingPartyLocation),
        };
    }

    private static void OnReportingContact(PaxlstState s, in SegmentView v)
    {
        if (s.InReportingParty && s.ReportingParty is { Communication: null } party && v.Text(CommunicationNumber) is { } number)
        {
            s.ReportingParty = party with { Communication = number };
        }
    }

    // SG2 TDT+20 (main carriage): 8028 the flight (airline designator and number), C040 3127 the carrier.
    private static void OnFlight(PaxlstState s, in SegmentView v)
    {
        if (!v.Is(TransportStage, "20"u8))
        {
            s.Unmapped(v, TransportStage, s);
            return;
        }

        if (s.Flight is not null)
        {
            s.Report(EdifactMappingDiagnostics.Repeated, v, TransportStage, s, "flight", "TDT+20");
            return;
        }

        if (s.Required(v, ConveyanceReference, s, "flight", "the flight (conveyance reference)") is { } flight)
        {
            s.Flight = FlightOf(flight, v.Text(CarrierId));
        }
    }

    /// <summary>
    /// The carrier and number of a flight. 8028 holds the designator and the number (<c>BA0123</c>);
    /// C040 3127, when given, names the designator. Without it, a designator is IATA's two characters
    /// (Resolution 762), or ICAO's three letters when a digit follows them.
    /// </summary>
    internal static FlightIdentifier FlightOf(string reference, string? carrier)
    {
        reference = reference.Trim();
        if (carrier is not null)
        {
            var number = reference.StartsWith(carrier, StringComparison.Ordinal) && reference.Length > carrier.Length ? reference[carrier.Length..] : reference;
            return new FlightIdentifier(carrier, number.TrimStart());
        }

        var length = reference.Length > 3 && char.IsAsciiLetter(reference[0]) && char.IsAsciiLetter(reference[1]) && char.IsAsciiLetter(reference[2]) && char.IsAsciiDigit(reference[3]) ? 3 : 2;
        return reference.Length > length
            ? new FlightIdentifier(reference[..length], reference[length..].TrimStart())
            : new FlightIdentifier(reference, string.Empty);
    }

    // SG3 LOC+125 (last port of call: the departure airport) opens a leg, LOC+87 (initial arrival) closes it.
    private static void OnLegLocation(PaxlstState s, in SegmentView v)
    {
        s.CurrentPoint = PaxlstState.LegPoint.None;
        if (v.Is(LocationQualifier, "125"u8))
        {
            if (s.PendingDeparture is { } open)
            {
                s.Report(EdifactMappingDiagnostics.MissingData, v, LocationQualifier, s.LegLocation, "arrivalAirport", "SG3 LOC+87", $"the arrival of the leg from {open.DepartureAirport}");
            }

            if (s.Code<AirportCode>(v, LocationId, s.LegLocation, "departureAirport", "airport code") is { } airport)
            {
                s.PendingDeparture = new FlightLeg { DepartureAirport = airport, ArrivalAirport = airport };
                s.CurrentPoint = PaxlstState.LegPoint.Departure;
            }
            else
            {
                s.PendingDeparture = null;
                s.Required(v, LocationId, s.LegLocation, "departureAirport", "the departure airport");
            }

            return;
        }

        if (!v.Is(LocationQualifier, "87"u8))
        {
            s.Unmapped(v, LocationQualifier, s);
            return;
        }

        var arrival = s.Code<AirportCode>(v, LocationId, s.LegLocation, "arrivalAirport", "airport code");
        if (arrival is null)
        {
            s.Required(v, LocationId, s.LegLocation, "arrivalAirport", "the arrival airport");
            return;
        }

        if (s.PendingDeparture is not { } leg)
        {
            s.Report(EdifactMappingDiagnostics.MissingData, v, LocationQualifier, s.LegLocation, "departureAirport", "SG3 LOC+125", $"the departure of the leg to {arrival}");
            return;
        }

        s.Legs.Add(leg with { ArrivalAirport = arrival.Value });
        s.PendingDeparture = null;
        s.CurrentPoint = PaxlstState.LegPoint.Arrival;
    }

    // SG3 DTM+189 (scheduled departure) after LOC+125, DTM+232 (scheduled arrival) after LOC+87: local times.
    private static void OnLegDate(PaxlstState s, in SegmentView v)
    {
        if (v.Is(DateQualifier, "189"u8) && s.CurrentPoint == PaxlstState.LegPoint.Departure && s.PendingDeparture is { } leg)
        {
            s.PendingDeparture = leg with { ScheduledDepartureLocal = s.Local(v, DateValue, DateFormat, s.LegLocation, "scheduledDepartureLocal") };
        }
        else if (v.Is(DateQualifier, "232"u8) && s.CurrentPoint == PaxlstState.LegPoint.Arrival && s.Legs.Count > 0)
        {
            var arrival = s.Local(v, DateValue, DateFormat, s.LastLegLocation, "scheduledArrivalLocal");
            s.Legs[^1] = s.Legs[^1] with { ScheduledArrivalLocal = arrival };
        }
        else
        {
            s.Unmapped(v, DateQualifier, s.LegLocation);
        }
    }

    // SG4 NAD (UNCL 3035): FL passenger, FM crew member, DDU in-transit passenger, DDT in-transit crew member.
    private static void OnTraveller(PaxlstState s, in SegmentView v)
    {
        TravellerRole? role = v.Is(PartyQualifier, "FL"u8) ? TravellerRole.Passenger
            : v.Is(PartyQualifier, "FM"u8) ? TravellerRole.CrewMember
            : v.Is(PartyQualifier, "DDU"u8) ? TravellerRole.InTransitPassenger
            : v.Is(PartyQualifier, "DDT"u8) ? TravellerRole.InTransitCrewMember
            : null;
        if (role is null)
        {
            s.Unmapped(v, PartyQualifier, s);
            s.Traveller = null;
            return;
        }

        var traveller = new TravellerBuilder(s, s.Travellers.Count, role.Value, v.Text(PartyName1)?.Trim());
        if (traveller.Surname is null or { Length: 0 })
        {
            s.Report(EdifactMappingDiagnostics.MissingData, v, PartyName1, traveller, "surname", "NAD C080 3036", "the traveller's surname");
        }

        foreach (var given in (ReadOnlySpan<ElementRef>)[PartyName2, PartyName3, PartyName4, PartyName5])
        {
            if (v.Text(given)?.Trim() is { Length: > 0 } name)
            {
                traveller.GivenNames.Add(name);
            }
        }

        traveller.Address = Parties.Address(s, v, traveller);
        s.Traveller = traveller;
    }

    // SG4 ATT+2 (person): C956 9019 gender, ICAO Doc 9303 M, F, X; U unknown in API messages.
    private static void OnAttribute(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller is not { } t)
        {
            return;
        }

        if (!v.Is(AttributeQualifier, "2"u8))
        {
            s.Unmapped(v, AttributeQualifier, t);
            return;
        }

        t.Gender = v.Bytes(AttributeCode) switch
        {
            [(byte)'M'] => Gender.Male,
            [(byte)'F'] => Gender.Female,
            [(byte)'X'] => Gender.Unspecified,
            [(byte)'U'] => Gender.Unknown,
            [] => null,
            _ => InvalidGender(s, v, t),
        };
    }

    private static Gender? InvalidGender(PaxlstState s, in SegmentView v, TravellerBuilder t)
    {
        s.Report(EdifactMappingDiagnostics.InvalidCode, v, AttributeCode, t, "gender", v.Text(AttributeCode), "gender", "expected M, F, X or U");
        return null;
    }

    // SG4 DTM+329: the date of birth; a two-digit year is in the century that puts it before the message.
    private static void OnTravellerDate(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller is not { } t)
        {
            return;
        }

        if (v.Is(DateQualifier, "329"u8))
        {
            t.BirthDate = s.Date(v, DateValue, DateFormat, CenturyRule.NotAfter, t, "birthDate");
        }
        else
        {
            s.Unmapped(v, DateQualifier, t);
        }
    }

    // SG4 LOC: 178 port of embarkation, 179 port of disembarkation (IATA airports), 174 place (country) of residence.
    private static void OnTravellerLocation(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller is not { } t)
        {
            return;
        }

        if (v.Is(LocationQualifier, "178"u8))
        {
            t.Embarkation = s.Code<AirportCode>(v, LocationId, t, "embarkationAirport", "airport code");
        }
        else if (v.Is(LocationQualifier, "179"u8))
        {
            t.Debarkation = s.Code<AirportCode>(v, LocationId, t, "debarkationAirport", "airport code");
        }
        else if (v.Is(LocationQualifier, "174"u8))
        {
            t.CountryOfResidence = s.Country(v, LocationId, t, "countryOfResidence");
        }
        else
        {
            s.Unmapped(v, LocationQualifier, t);
        }
    }

    // SG4 NAT+2 (current nationality): C042 3293, ISO 3166-1 alpha-3 as ICAO Doc 9303 writes it.
    private static void OnNationality(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller is not { } t)
        {
            return;
        }

        if (!v.Is(NationalityQualifier, "2"u8))
        {
            s.Unmapped(v, NationalityQualifier, t);
        }
        else if (t.Nationality is not null)
        {
            s.Report(EdifactMappingDiagnostics.Repeated, v, NationalityQualifier, t, "nationality", "NAT+2");
        }
        else
        {
            t.Nationality = s.Country(v, NationalityCode, t, "nationality");
        }
    }

    // SG4 RFF: AVF passenger reservation number (PNR record locator), SEA seat number.
    private static void OnReference(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller is not { } t)
        {
            return;
        }

        if (v.Is(ReferenceQualifier, "AVF"u8))
        {
            t.PnrLocator ??= v.Text(ReferenceId);
        }
        else if (v.Is(ReferenceQualifier, "SEA"u8))
        {
            t.Seat ??= v.Text(ReferenceId);
        }
        else
        {
            s.Unmapped(v, ReferenceQualifier, t);
        }
    }

    // SG5 DOC: C002 1001 the document type (P passport, V visa, I identity card...), C503 1004 its number.
    private static void OnDocument(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller is not { } t)
        {
            return;
        }

        var document = new DocumentBuilder(t, t.Documents.Count, v.Text(DocumentNameCode) ?? string.Empty, v.Text(DocumentNumber));
        if (document.TypeCode.Length == 0)
        {
            s.Report(EdifactMappingDiagnostics.MissingData, v, DocumentNameCode, document, "typeCode", "DOC C002 1001", "the travel document's type");
        }

        if (document.Number is null)
        {
            s.Report(EdifactMappingDiagnostics.MissingData, v, DocumentNumber, document, "number", "DOC C503 1004", "the travel document's number");
        }

        t.Document = document;
    }

    // SG5 DTM+36: the document's expiry date.
    private static void OnDocumentDate(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller?.Document is not { } d)
        {
            return;
        }

        if (v.Is(DateQualifier, "36"u8))
        {
            d.ExpiryDate = s.Date(v, DateValue, DateFormat, CenturyRule.Nearest, d, "expiryDate");
        }
        else
        {
            s.Unmapped(v, DateQualifier, d);
        }
    }

    // SG5 LOC+91: the place (state) of document issue.
    private static void OnDocumentLocation(PaxlstState s, in SegmentView v)
    {
        if (s.Traveller?.Document is not { } d)
        {
            return;
        }

        if (v.Is(LocationQualifier, "91"u8))
        {
            d.IssuingCountry = s.Country(v, LocationId, d, "issuingCountry");
        }
        else
        {
            s.Unmapped(v, LocationQualifier, d);
        }
    }

    // CNT C270 6069: 42 total number of passengers, 41 total number of crew (the travellers are all read by now).
    private static void OnControlTotal(PaxlstState s, in SegmentView v)
    {
        var passengers = v.Is(ControlQualifier, "42"u8);
        if (!passengers && !v.Is(ControlQualifier, "41"u8))
        {
            s.Unmapped(v, ControlQualifier, s);
            return;
        }

        var member = passengers ? "declaredPassengerCount" : "declaredCrewCount";
        if (s.Required(v, ControlValue, s, member, "the control total's value") is null || s.Integer(v, ControlValue, s, member) is not { } declared)
        {
            return;
        }

        var held = s.Travellers.Count(t => passengers
            ? t.Role is TravellerRole.Passenger or TravellerRole.InTransitPassenger
            : t.Role is TravellerRole.CrewMember or TravellerRole.InTransitCrewMember);
        if (declared != held)
        {
            s.Report(EdifactMappingDiagnostics.CountMismatch, v, ControlValue, s, member, passengers ? "42" : "41",
                $"{declared} {(passengers ? "passengers" : "crew members")}", held);
        }

        if (passengers)
        {
            s.DeclaredPassengers = declared;
        }
        else
        {
            s.DeclaredCrew = declared;
        }
    }

    private static void EndDocument(PaxlstState s)
    {
        if (s.Traveller is { Document: { } d } t)
        {
            if (d.Number is not null)
            {
                t.Documents.Add(new TravelDocument { TypeCode = d.TypeCode, Number = d.Number, IssuingCountry = d.IssuingCountry, ExpiryDate = d.ExpiryDate });
            }

            t.Document = null;
        }
    }

    private static void EndTraveller(PaxlstState s)
    {
        if (s.Traveller is { } t)
        {
            EndDocument(s);
            if (t.Surname is { Length: > 0 } surname)
            {
                s.Travellers.Add(t.Build(surname));
            }

            s.Traveller = null;
        }
    }
}
