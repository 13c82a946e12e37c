namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// One leg of a flight. Times are local at the airport as PAXLST DTM+189/232 give them (no offset),
/// hence <see cref="DateTime"/> of unspecified kind rather than an instant.
/// </summary>
public sealed record FlightLeg
{
    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required AirportCode DepartureAirport { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateTime? ScheduledDepartureLocal { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public required AirportCode ArrivalAirport { get; init; }

    [NoWcoId(NoWcoIdAttribute.NotStated)]
    public DateTime? ScheduledArrivalLocal { get; init; }
}
