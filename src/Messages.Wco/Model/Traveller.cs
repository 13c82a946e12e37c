namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A passenger or crew member (PAXLST SG4: NAD+FL/FM, ATT, DTM+329, NAT, RFF, DOC, LOC).</summary>
/// <remarks>
/// The fields name their PAXLST positions rather than WCO DM ids: no published WCO DM source at hand states the ids of
/// the traveller attributes, and an id that can not be checked is left out rather than guessed; each field says so
/// (<see cref="NoWcoIdAttribute"/>).
/// </remarks>
public sealed record Traveller
{
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required TravellerRole Role { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required string Surname { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public IReadOnlyList<string> GivenNames { get; init => field = value ?? []; } = [];

    /// <summary>The traveller's address as the sender gives it (PAXLST NAD+FL/FM C059, 3164, 3251, 3207), e.g. the address in the destination country.</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public Address? Address { get; init; }

    /// <summary>Date of birth (DTM+329): a calendar date, not an instant.</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateOnly? BirthDate { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public Gender? Gender { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public CountryCode? Nationality { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public CountryCode? CountryOfResidence { get; init; }

    [NoWcoId(NoWcoIdAttribute.List)]
    public IReadOnlyList<TravelDocument> Documents { get; init => field = value ?? []; } = [];

    /// <summary>Reservation (PNR) record locator (RFF+AVF).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public string? PnrLocator { get; init; }

    /// <summary>Seat (RFF+SEA).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public string? Seat { get; init; }

    /// <summary>Where the traveller boards (LOC+178).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public AirportCode? EmbarkationAirport { get; init; }

    /// <summary>Where the traveller leaves the flight (LOC+179).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public AirportCode? DebarkationAirport { get; init; }
}
