using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Bus;

/// <summary>
/// Record keys: records with the same key land on the same partition and keep their order, so the key
/// is the entity whose events must stay in order.
/// </summary>
public static class RoutingKeys
{
    /// <summary>
    /// The ordering key of a canonical document: the declaration's LRN, the cargo report's manifest number,
    /// the flight with its first departure date, the permit id.
    /// </summary>
    /// <remarks>
    /// Cargo: DESIGN keys cargo by the unique cargo reference (manifest number + master B/L + house B/L). A
    /// cargo report is published whole, one record holding all its consignments, so its record can have only
    /// one key: the manifest number, which is the first part of every UCR it holds. That keeps every event on
    /// one UCR in order as far as it is carried by cargo reports (an amended manifest follows the original on
    /// the same partition), where a key of one of its UCRs would order the record against that consignment
    /// only and the others not at all. Records about one consignment (published on their own once a split
    /// produces them, or by processors: arrival, unloading, release) are keyed by <see cref="Cargo"/>.
    /// EDIFACT interchanges routed raw (no canonical documents yet) are keyed by their interchange, see the
    /// route stage.
    /// </remarks>
    public static string? For(CanonicalDocument document) => document switch
    {
        Declaration d => d.Lrn.Value,
        CargoReport c => c.ManifestNumber,
        PassengerList p => Flight(p),
        Permit p => p.PermitId,
        _ => null,
    };

    /// <summary>The key of a consignment-level record: its unique cargo reference (manifest number + master B/L + house B/L).</summary>
    public static string Cargo(UniqueCargoReference reference) => reference.ToString();

    private static string Flight(PassengerList list)
    {
        var departure = list.Legs.Count > 0 ? list.Legs[0].ScheduledDepartureLocal : null;
        return departure is { } d ? $"{list.Flight}/{d:yyyy-MM-dd}" : list.Flight.ToString();
    }
}
