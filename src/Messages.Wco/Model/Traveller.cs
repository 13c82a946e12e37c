namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A passenger or crew member (PAXLST SG4: NAD+FL/FM, ATT, DTM+329, NAT, RFF, DOC, LOC).</summary>
/// <remarks>
/// The fields name their PAXLST positions rather than WCO DM ids: no published WCO DM source at hand states the ids of
/// the traveller attributes, and an id that can not be checked is left out rather than guessed.
/// </remarks>
public sealed record Traveller
{
    public required TravellerRole Role { get; init; }

    public required string Surname { get; init; }

    public IReadOnlyList<string> GivenNames { get; init; } = [];

    /// <summary>The traveller's address as the sender gives it (PAXLST NAD+FL/FM C059, 3164, 3251, 3207), e.g. the address in the destination country.</summary>
    public Address? Address { get; init; }

    /// <summary>Date of birth (DTM+329): a calendar date, not an instant.</summary>
    public DateOnly? BirthDate { get; init; }

    public Gender? Gender { get; init; }

    public CountryCode? Nationality { get; init; }

    public CountryCode? CountryOfResidence { get; init; }

    public IReadOnlyList<TravelDocument> Documents { get; init; } = [];

    /// <summary>Reservation (PNR) record locator (RFF+AVF).</summary>
    public string? PnrLocator { get; init; }

    /// <summary>Seat (RFF+SEA).</summary>
    public string? Seat { get; init; }

    /// <summary>Where the traveller boards (LOC+178).</summary>
    public AirportCode? EmbarkationAirport { get; init; }

    /// <summary>Where the traveller leaves the flight (LOC+179).</summary>
    public AirportCode? DebarkationAirport { get; init; }
}
