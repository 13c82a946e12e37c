namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A flight: carrier designator and flight number (WCO DM 149 conveyance reference). The key passenger topics are ordered by.</summary>
/// <param name="CarrierCode">The operating carrier's IATA designator (TDT C040 3127): the carrier's identification, WCO DM R012.</param>
/// <param name="FlightNumber">The flight number: with the carrier the conveyance reference (WCO DM 149) that <see cref="PassengerList.Flight"/> carries whole.</param>
public sealed record FlightIdentifier(
    [property: WcoId("R012")] string CarrierCode,
    [property: NoWcoId("Part of the conveyance reference number (WCO DM 149), which the flight as a whole carries.")] string FlightNumber)
{
    public override string ToString() => CarrierCode + FlightNumber;
}
