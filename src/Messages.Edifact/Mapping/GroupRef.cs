using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// A segment group, named by the trigger segments of the groups around it and of itself, outermost
/// first: <c>GroupRef.Of(new("NAD", 2), "DOC")</c> is the group triggered by DOC inside the second
/// top-level group triggered by NAD (PAXLST D.02B SG5); CUSCAR D.95B's SG10 and D.96B's SG14 are both
/// <c>Of("CNI", "RFF", "GID")</c>.
/// </summary>
public sealed record GroupRef
{
    private GroupRef(IReadOnlyList<GroupTrigger> triggers)
    {
        if (triggers.Count == 0 || triggers.Any(t => t.Tag is null))
        {
            throw new ArgumentException("A group is named by one or more trigger segments.", nameof(triggers));
        }

        Triggers = triggers;
    }

    /// <summary>The triggers, outermost group first; the last is this group's own.</summary>
    public IReadOnlyList<GroupTrigger> Triggers { get; }

    /// <summary>The group whose trigger path is <paramref name="triggers"/>.</summary>
    public static GroupRef Of(params GroupTrigger[] triggers) => new(triggers.ToArray());

    /// <summary>The groups of <paramref name="structure"/> this reference names (at most one).</summary>
    public IReadOnlyList<SegmentGroupEntry> ResolveIn(MessageStructure structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var found = new List<SegmentGroupEntry>();
        Collect(structure.Entries, 0, found);
        return found;
    }

    private void Collect(IReadOnlyList<SegmentTableEntry> entries, int depth, List<SegmentGroupEntry> found)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is not SegmentGroupEntry { Entries: [SegmentEntry trigger, ..] } group)
            {
                continue;
            }

            var ordinal = seen[trigger.Tag] = seen.GetValueOrDefault(trigger.Tag) + 1;
            if (trigger.Tag != Triggers[depth].Tag || ordinal != Triggers[depth].Ordinal)
            {
                continue;
            }

            if (depth == Triggers.Count - 1)
            {
                found.Add(group);
            }
            else
            {
                Collect(group.Entries, depth + 1, found);
            }
        }
    }

    /// <summary><c>SG(NAD#2/DOC)</c>.</summary>
    public override string ToString() => "SG(" + string.Join('/', Triggers) + ")";

    /// <inheritdoc/>
    public bool Equals(GroupRef? other) => other is not null && Triggers.SequenceEqual(other.Triggers);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Triggers.Count, Triggers[^1]);
}
