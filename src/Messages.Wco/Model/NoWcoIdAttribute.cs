namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// Says why a canonical field carries no WCO Data Model identifier (<see cref="WcoIdAttribute"/>): the sources the
/// project cites do not state one, the field is a list whose members carry the ids, or it is part of a value whose
/// id another field carries. An id is never guessed: a field has either a <see cref="WcoIdAttribute"/> or this.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class NoWcoIdAttribute(string reason) : Attribute
{
    /// <summary>
    /// No published WCO DM source at hand states an id for the attribute: the WCO DM DEC-DMS schemas have no passenger
    /// or permit classes, and the WCO/IATA/ICAO API and PNR guidelines name PAXLST positions, not WCO DM ids.
    /// </summary>
    public const string NotStated = "No published WCO DM source at hand states an id for this attribute.";

    /// <summary>A list: the WCO DM ids are those of its members.</summary>
    public const string List = "A list: the WCO DM ids are those of its members.";

    public string Reason { get; } = reason;
}
