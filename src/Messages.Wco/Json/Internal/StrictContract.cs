using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace UniPass.Gateway.Messages.Wco.Json.Internal;

/// <summary>
/// What the source-generated contract does not enforce by itself: System.Text.Json checks nullability of members
/// (<c>RespectNullableAnnotations</c>) but not of array elements, so <c>"items":[null]</c> would be read. After each
/// object is read, its arrays of objects or strings are checked once for nulls.
/// </summary>
internal static class StrictContract
{
    public static void RejectNullElements(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        // Decided once per type, when the contract is built; reading only walks the arrays it found.
        var lists = typeInfo.Properties.Where(p => p.Get is not null && HoldsReferences(p.PropertyType)).ToArray();
        if (lists.Length == 0)
        {
            return;
        }

        var previous = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            previous?.Invoke(value);
            foreach (var property in lists)
            {
                if (property.Get!(value) is IList list)
                {
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (list[i] is null)
                        {
                            throw new NullElementException(property.Name, i);
                        }
                    }
                }
            }
        };
    }

    private static bool HoldsReferences(Type type) =>
        type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) && type.GetGenericArguments() is [{ IsValueType: false }];
}
