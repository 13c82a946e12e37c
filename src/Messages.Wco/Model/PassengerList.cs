using System.Text.Json.Serialization;

namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// Advance passenger information for one flight (WCO/IATA/ICAO API guidelines, UN/EDIFACT PAXLST):
/// the flight and its legs, who reports, and the passengers or crew on board.
/// </summary>
public sealed record PassengerList : CanonicalDocument
{
    [JsonIgnore]
    public override string DocumentType => "passengerList";

    /// <summary>Passenger list (BGM 745) or crew list (BGM 250).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required PassengerListKind Kind { get; init; }

    /// <summary>The message's document identifier (BGM C106).</summary>
    [WcoId("D014")]
    public string? DocumentId { get; init; }

    /// <summary>The reporting party (NAD+MS) with its contact.</summary>
    [NoWcoId("A party: the WCO DM ids are those of its role's name and identifier, and the sources at hand state none for the sender of a passenger list (NAD+MS).")]
    public Party? ReportingParty { get; init; }

    /// <summary>
    /// Operating carrier (IATA airline designator) and flight number, e.g. <c>BA</c> + <c>0123</c> (TDT+20): the
    /// conveyance reference number of the flight (WCO DM 149).
    /// </summary>
    [WcoId("149")]
    public required FlightIdentifier Flight { get; init; }

    /// <summary>Legs in order; each is a departure (LOC+125, DTM+189) and an arrival (LOC+87, DTM+232).</summary>
    [NoWcoId(NoWcoIdAttribute.List)]
    public IReadOnlyList<FlightLeg> Legs { get; init => field = value ?? []; } = [];

    [NoWcoId(NoWcoIdAttribute.List)]
    public IReadOnlyList<Traveller> Travellers { get; init => field = value ?? []; } = [];

    /// <summary>How many passengers the sender says the message holds (CNT+42).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public int? DeclaredPassengerCount { get; init; }

    /// <summary>How many crew members the sender says the message holds (CNT+41).</summary>
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public int? DeclaredCrewCount { get; init; }
}
