namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>The traveller's role (PAXLST NAD 3035: FL passenger, FM crew member, DDT/DDU in-transit).</summary>
public enum TravellerRole
{
    Passenger,
    CrewMember,
    InTransitPassenger,
    InTransitCrewMember,
}
