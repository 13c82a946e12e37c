using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// Record keys: records with the same key land on the same partition and keep their order, so the key
/// is the entity whose events must stay in order.
/// </summary>
public static class RoutingKeys
{
    /// <summary>
    /// The ordering key of a canonical document: the declaration's LRN, the cargo report's manifest number
    /// (the first part of every unique cargo reference it holds), the flight with its first departure date,
    /// the permit id.
    /// </summary>
    public static string? For(CanonicalDocument document) => document switch
    {
        Declaration d => d.Lrn.Value,
        CargoReport c => c.ManifestNumber,
        PassengerList p => Flight(p),
        Permit p => p.PermitId,
        _ => null,
    };

    /// <summary>A unique cargo reference: manifest number + master B/L + house B/L.</summary>
    public static string Cargo(UniqueCargoReference reference) => reference.ToString();

    private static string Flight(PassengerList list)
    {
        var departure = list.Legs.Count > 0 ? list.Legs[0].ScheduledDepartureLocal : null;
        return departure is { } d ? $"{list.Flight}/{d:yyyy-MM-dd}" : list.Flight.ToString();
    }
}
