using System.Globalization;
using System.Text.Json.Nodes;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// The reference to an item scope element: the keys from the document down to it, shaped like the document
/// (<c>/consignments/0/items/1</c> → <c>{"consignments":[{"masterBillOfLading":"M1","items":[{"sequenceNumber":2}]}]}</c>).
/// </summary>
internal static class ItemReference
{
    public static JsonObject For(JsonObject document, ShapeNode root, string pointer) =>
        Build(document, root, pointer.Split('/')[1..], 0, []);

    private static JsonObject Build(JsonObject source, ShapeNode shape, string[] tokens, int at, IReadOnlyList<string> key)
    {
        var result = new JsonObject();
        foreach (var member in key)
        {
            if (source[member] is { } value)
            {
                result[member] = value.DeepClone();
            }
        }

        if (at >= tokens.Length || shape.Member(tokens[at]) is not { } next || source[tokens[at]] is not { } child)
        {
            return result;
        }

        if (next.Kind == ShapeKind.KeyedArray && at + 1 < tokens.Length
            && child is JsonArray array && int.TryParse(tokens[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && index < array.Count && array[index] is JsonObject element)
        {
            result[tokens[at]] = new JsonArray(Build(element, next.Element!, tokens, at + 2, next.Key));
        }
        else if (child is JsonObject obj)
        {
            result[tokens[at]] = Build(obj, next, tokens, at + 1, []);
        }

        return result;
    }
}
