namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>A flight: carrier designator and flight number (WCO DM 149 conveyance reference). The key passenger topics are ordered by.</summary>
public sealed record FlightIdentifier(string CarrierCode, string FlightNumber)
{
    public override string ToString() => CarrierCode + FlightNumber;
}
