using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>A PAXLST message being mapped: the passenger list's header, legs and travellers so far.</summary>
internal sealed class PaxlstState : MappingState
{
    public PaxlstState(MappingContext context)
        : base(context)
    {
        LegLocation = new LegPointer(this, 0);
        LastLegLocation = new LegPointer(this, -1);
    }

    public PassengerListKind? Kind { get; set; }

    public string? DocumentId { get; set; }

    public Party? ReportingParty { get; set; }

    /// <summary>True while the SG1 occurrence being read is the reporting party's (its COM is the contact).</summary>
    public bool InReportingParty { get; set; }

    public FlightIdentifier? Flight { get; set; }

    public List<FlightLeg> Legs { get; } = [];

    /// <summary>The leg whose departure was read (LOC+125) and whose arrival (LOC+87) has not come yet.</summary>
    public FlightLeg? PendingDeparture { get; set; }

    /// <summary>The qualifier of the current SG3 LOC, which the DTM after it qualifies (125 departure, 87 arrival).</summary>
    public LegPoint CurrentPoint { get; set; }

    public List<Traveller> Travellers { get; } = [];

    /// <summary>The traveller being read (SG4), or null outside one or when its NAD is not a traveller's.</summary>
    public TravellerBuilder? Traveller { get; set; }

    public int? DeclaredPassengers { get; set; }

    public int? DeclaredCrew { get; set; }

    /// <summary>The leg being read, for findings.</summary>
    public ICanonicalLocation LegLocation { get; }

    /// <summary>The last leg completed, for findings about its arrival time.</summary>
    public ICanonicalLocation LastLegLocation { get; }

    /// <summary>The reporting party, for findings.</summary>
    public ICanonicalLocation ReportingPartyLocation { get; } = new FixedLocation("/reportingParty");

    public enum LegPoint
    {
        None,
        Departure,
        Arrival,
    }

    private sealed class LegPointer(PaxlstState state, int offset) : ICanonicalLocation
    {
        public string Pointer => $"/legs/{state.Legs.Count + offset}";
    }
}

/// <summary>A traveller (PAXLST SG4) being read.</summary>
internal sealed class TravellerBuilder(ICanonicalLocation list, int index, TravellerRole role, string? surname) : CanonicalElement(list, "travellers", index)
{
    public TravellerRole Role { get; } = role;

    public string? Surname { get; } = surname;

    public List<string> GivenNames { get; } = [];

    public Address? Address { get; set; }

    public DateOnly? BirthDate { get; set; }

    public Gender? Gender { get; set; }

    public CountryCode? Nationality { get; set; }

    public CountryCode? CountryOfResidence { get; set; }

    public List<TravelDocument> Documents { get; } = [];

    /// <summary>The travel document being read (SG5), or null.</summary>
    public DocumentBuilder? Document { get; set; }

    public string? PnrLocator { get; set; }

    public string? Seat { get; set; }

    public AirportCode? Embarkation { get; set; }

    public AirportCode? Debarkation { get; set; }

    public Traveller Build(string surname) => new()
    {
        Role = Role,
        Surname = surname,
        GivenNames = GivenNames.ToArray(),
        Address = Address,
        BirthDate = BirthDate,
        Gender = Gender,
        Nationality = Nationality,
        CountryOfResidence = CountryOfResidence,
        Documents = Documents.ToArray(),
        PnrLocator = PnrLocator,
        Seat = Seat,
        EmbarkationAirport = Embarkation,
        DebarkationAirport = Debarkation,
    };
}

/// <summary>A travel document (PAXLST SG5) being read.</summary>
internal sealed class DocumentBuilder(TravellerBuilder traveller, int index, string typeCode, string? number) : CanonicalElement(traveller, "documents", index)
{
    public string TypeCode { get; } = typeCode;

    public string? Number { get; } = number;

    public CountryCode? IssuingCountry { get; set; }

    public DateOnly? ExpiryDate { get; set; }
}
