using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// A mapping resolved against one directory's segment table and segment definitions: for every entry
/// of the table (by <see cref="SegmentPosition.EntryIndex"/>) the segment map that handles it and where
/// its fields stand, and the groups whose ends the mapping hears of. Immutable; compiled once per
/// directory and message type and shared by every message of that version.
/// </summary>
internal sealed class CompiledMap<TState>
{
    private CompiledMap(SegmentTable table, Binding?[] byEntry, Dictionary<SegmentGroupEntry, GroupMap<TState>> groupEnds, int maxFields)
    {
        Table = table;
        ByEntry = byEntry;
        GroupEnds = groupEnds;
        MaxFields = maxFields;
    }

    public SegmentTable Table { get; }

    /// <summary>Indexed by <see cref="SegmentPosition.EntryIndex"/>; null where no map handles the entry.</summary>
    public Binding?[] ByEntry { get; }

    public Dictionary<SegmentGroupEntry, GroupMap<TState>> GroupEnds { get; }

    /// <summary>The most fields any binding captures.</summary>
    public int MaxFields { get; }

    /// <summary>A segment map bound to one table entry, with its fields' positions in that directory's segment.</summary>
    public sealed class Binding(SegmentMap<TState> map, SegmentEntry entry, ElementPosition[] positions)
        : FieldBinding(map.Segment, entry, map.Fields, positions)
    {
        public SegmentMap<TState> Map { get; } = map;
    }

    /// <exception cref="InvalidOperationException">Two maps claim the same table entry, or two group maps the same group.</exception>
    public static CompiledMap<TState> Compile(EdifactDirectory directory, MessageStructure structure, IEnumerable<SegmentMap<TState>> segments, IEnumerable<GroupMap<TState>> groups)
    {
        var table = SegmentTable.Compile(structure);
        var entryIndex = new Dictionary<SegmentTableEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 1; i < table.EntryCount; i++)
        {
            entryIndex[table.EntryAt(i)!] = i;
        }

        var byEntry = new Binding?[table.EntryCount];
        var maxFields = 0;
        foreach (var map in segments)
        {
            maxFields = Math.Max(maxFields, map.Fields.Count);
            foreach (var entry in map.Segment.ResolveIn(structure))
            {
                var index = entryIndex[entry];
                if (byEntry[index] is { } taken)
                {
                    throw new InvalidOperationException($"{structure.Type} {entry.Position} {entry.Tag}: mapped by both {taken.Map} and {map}.");
                }

                var positions = map.Fields.Select(f => f.ResolveIn(directory, entry.Tag)).ToArray();
                byEntry[index] = new Binding(map, entry, positions);
            }
        }

        var groupEnds = new Dictionary<SegmentGroupEntry, GroupMap<TState>>(ReferenceEqualityComparer.Instance);
        foreach (var map in groups)
        {
            foreach (var group in map.Group.ResolveIn(structure))
            {
                if (!groupEnds.TryAdd(group, map))
                {
                    throw new InvalidOperationException($"{structure.Type} {group.Position} SG{group.Number}: mapped twice.");
                }
            }
        }

        return new CompiledMap<TState>(table, byEntry, groupEnds, maxFields);
    }
}
