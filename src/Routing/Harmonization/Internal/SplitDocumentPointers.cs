using System.Globalization;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>The canonical JSON pointers of item scope elements, as the projection walk forms them.</summary>
internal static class SplitDocumentPointers
{
    public static string GoodsItem(int index) => "/goodsItems/" + index.ToString(CultureInfo.InvariantCulture);

    public static string Consignment(int index) => "/consignments/" + index.ToString(CultureInfo.InvariantCulture);

    public static string ConsignmentItem(int consignment, int item) => Consignment(consignment) + "/items/" + item.ToString(CultureInfo.InvariantCulture);

    public static string PermitItem(int index) => "/items/" + index.ToString(CultureInfo.InvariantCulture);
}
