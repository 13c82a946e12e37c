namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>A message type of a directory and its segment table, UNH to UNT.</summary>
public sealed record MessageStructure(string Type, IReadOnlyList<SegmentTableEntry> Entries)
{
    /// <summary>Every segment entry in table order, groups flattened (depth first).</summary>
    public IEnumerable<SegmentEntry> Segments => Flatten(Entries);

    private static IEnumerable<SegmentEntry> Flatten(IReadOnlyList<SegmentTableEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (entry is SegmentEntry segment)
            {
                yield return segment;
            }
            else if (entry is SegmentGroupEntry group)
            {
                foreach (var inner in Flatten(group.Entries))
                {
                    yield return inner;
                }
            }
        }
    }
}
