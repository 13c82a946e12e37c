namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>Whether a passenger list reports passengers or crew (UN/EDIFACT 1001: 745, 250).</summary>
public enum PassengerListKind
{
    Passengers,
    Crew,
}
