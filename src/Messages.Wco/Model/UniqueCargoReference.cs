namespace UniPass.Gateway.Messages.Wco.Model;

/// <summary>
/// The key a single window tracks cargo by: manifest number, master bill of lading and house bill of
/// lading (empty for a consignment without house bills). It is the ordering key for cargo topics.
/// </summary>
public sealed record UniqueCargoReference(string ManifestNumber, string MasterBillOfLading, string? HouseBillOfLading = null)
{
    private const char Separator = '/';

    /// <summary>The reference as one key: <c>manifest/master/house</c>.</summary>
    public override string ToString() => string.Concat(ManifestNumber, Separator.ToString(), MasterBillOfLading, Separator.ToString(), HouseBillOfLading ?? string.Empty);
}
