namespace UniPass.Gateway.Routing.Outbox.Internal;

/// <summary>
/// Partitions a batch into groups that share an ordering key, directly or through each other (a message
/// with keys A and B joins the groups of A and of B). Messages of one group are published one after the
/// other in intake order; groups run side by side.
/// </summary>
internal static class OrderingGroups
{
    /// <summary>Groups the indices of <paramref name="keys"/> (one key set per message); each group lists its members in <paramref name="order"/>.</summary>
    public static List<List<int>> Partition(IReadOnlyList<IReadOnlyCollection<string>> keys, Comparison<int> order)
    {
        var parent = new int[keys.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Find(int i)
        {
            while (parent[i] != i)
            {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }

            return i;
        }

        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            foreach (var key in keys[i])
            {
                if (firstWithKey.TryGetValue(key, out var other))
                {
                    parent[Find(i)] = Find(other);
                }
                else
                {
                    firstWithKey.Add(key, i);
                }
            }
        }

        var groups = new Dictionary<int, List<int>>();
        for (var i = 0; i < keys.Count; i++)
        {
            var root = Find(i);
            if (!groups.TryGetValue(root, out var group))
            {
                group = [];
                groups.Add(root, group);
            }

            group.Add(i);
        }

        var result = groups.Values.ToList();
        foreach (var group in result)
        {
            group.Sort(order);
        }

        return result;
    }
}
