using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// A segment of a message's segment table, named the way an implementation guide names it: by its
/// tag and the segment groups it stands in, each group by its trigger segment, outermost first.
/// <c>SegmentRef.In([new("NAD", 2)], "DOC")</c> is "in the (second top-level) group triggered by NAD,
/// segment DOC" (PAXLST D.02B SG4/SG5 DOC), whatever the group numbers of a directory version are.
/// </summary>
/// <remarks>
/// A segment that triggers a group stands in the groups around that group: the DOC that opens SG5
/// is <c>In([new("NAD", 2)], "DOC")</c> and the NAD that opens SG1 is <c>Top("NAD")</c>. So one reference
/// matches a segment whether a directory version makes it a plain segment or the trigger of a group
/// (CUSCAR D.95B 0050 NAD, D.96B SG2 NAD). Without an ordinal the reference matches every position of
/// its scope with the tag; with one, only the <see cref="Ordinal"/>th (plain segments and group
/// triggers counted together, in table order).
/// </remarks>
public sealed record SegmentRef
{
    private SegmentRef(string tag, IReadOnlyList<GroupTrigger> scope, int ordinal)
    {
        if (tag is not { Length: 3 } || !tag.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{tag}' is not a segment tag (three capital letters).", nameof(tag));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        Tag = tag;
        Scope = scope;
        Ordinal = ordinal;
    }

    /// <summary>The segment tag.</summary>
    public string Tag { get; }

    /// <summary>The groups around the segment, outermost first (empty at the top level).</summary>
    public IReadOnlyList<GroupTrigger> Scope { get; }

    /// <summary>0 for every position of the scope with the tag; otherwise which one (1-based).</summary>
    public int Ordinal { get; }

    /// <summary>A segment outside any group, or triggering a top-level group.</summary>
    public static SegmentRef Top(string tag, int ordinal = 0) => new(tag, [], ordinal);

    /// <summary>A segment inside the groups <paramref name="scope"/>, outermost first.</summary>
    public static SegmentRef In(IReadOnlyList<GroupTrigger> scope, string tag, int ordinal = 0) => new(tag, scope.ToArray(), ordinal);

    /// <summary>The entries of <paramref name="structure"/> this reference names, in table order.</summary>
    public IReadOnlyList<SegmentEntry> ResolveIn(MessageStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var found = new List<SegmentEntry>();
        Collect(structure.Entries, 0, [], found);
        return found;
    }

    private void Collect(IReadOnlyList<SegmentTableEntry> entries, int start, List<GroupTrigger> path, List<SegmentEntry> found)
    {
        var inScope = path.SequenceEqual(Scope);
        var seen = 0;
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = start; i < entries.Count; i++)
        {
            var (segment, group) = entries[i] switch
            {
                SegmentEntry s => (s, (SegmentGroupEntry?)null),
                SegmentGroupEntry { Entries: [SegmentEntry trigger, ..] } g => (trigger, g),
                _ => (null, null),
            };
            if (segment is null)
            {
                continue;
            }

            if (segment.Tag == Tag)
            {
                seen++;
                if (inScope && (Ordinal == 0 || Ordinal == seen))
                {
                    found.Add(segment);
                }
            }

            if (group is not null)
            {
                var ordinal = groups[segment.Tag] = groups.GetValueOrDefault(segment.Tag) + 1;
                path.Add(new GroupTrigger(segment.Tag, ordinal));
                Collect(group.Entries, 1, path, found);
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary><c>NAD#2/DOC</c>, <c>BGM</c>.</summary>
    public override string ToString()
    {
        var tag = Ordinal == 0 ? Tag : $"{Tag}#{Ordinal}";
        return Scope.Count == 0 ? tag : string.Join('/', Scope) + "/" + tag;
    }

    /// <inheritdoc/>
    public bool Equals(SegmentRef? other) => other is not null && Tag == other.Tag && Ordinal == other.Ordinal && Scope.SequenceEqual(other.Scope);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Tag, Ordinal, Scope.Count);
}
