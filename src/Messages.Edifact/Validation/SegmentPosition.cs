using System.Globalization;
using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>
/// Where the segment just fed to <see cref="SegmentTableWalker"/> stands in its message's segment
/// table: the entry it matched (position, tag, status), which occurrence of that entry it is, and
/// the open segment groups with their occurrence numbers, outermost first (PAXLST D.02B: a DOC
/// of the second passenger is <c>SG4[2]/SG5[1]/DOC[1]</c>). A view over the walker's state:
/// valid until the walker's next call, and allocation-free.
/// </summary>
public readonly ref struct SegmentPosition
{
    private readonly ReadOnlySpan<GroupOccurrence> _groups;

    internal SegmentPosition(SegmentEntry? entry, int entryIndex, int occurrence, bool startsGroup, ReadOnlySpan<GroupOccurrence> groups)
    {
        Entry = entry;
        EntryIndex = entryIndex;
        Occurrence = occurrence;
        StartsGroup = startsGroup;
        _groups = groups;
    }

    /// <summary>The matched entry of the segment table, or null when the segment matched none.</summary>
    public SegmentEntry? Entry { get; }

    /// <summary>True when the segment matched an entry.</summary>
    public bool IsMatched => Entry is not null;

    /// <summary>
    /// The matched entry's index in its <see cref="SegmentTable"/> (1 to <see cref="SegmentTable.EntryCount"/> - 1;
    /// 0 when unmatched): stable for a table, so a mapper can index its own per-entry handlers with it.
    /// </summary>
    public int EntryIndex { get; }

    /// <summary>1-based occurrence of the segment at its entry within the enclosing group occurrence (0 when unmatched).</summary>
    public int Occurrence { get; }

    /// <summary>True when the segment is the trigger that opened the innermost group's occurrence.</summary>
    public bool StartsGroup { get; }

    /// <summary>The open segment groups, outermost first (for an unmatched segment: those it appeared in).</summary>
    public ReadOnlySpan<GroupOccurrence> Groups => _groups;

    /// <summary>The number of open segment groups.</summary>
    public int Depth => _groups.Length;

    /// <summary>The occurrence of segment group <paramref name="groupNumber"/> the segment is in, or 0 when that group is not open.</summary>
    public int OccurrenceOf(int groupNumber)
    {
        foreach (var group in _groups)
        {
            if (group.Group.Number == groupNumber)
            {
                return group.Occurrence;
            }
        }

        return 0;
    }

    /// <summary>The open groups as <c>SG4[2]/SG5[1]</c> (empty at the top level of the message).</summary>
    public string GroupPath()
    {
        var text = new StringBuilder();
        AppendGroups(text);
        return text.ToString();
    }

    /// <summary><c>SG4[2]/SG5[1]/DOC[1]</c>, or the group path followed by <c>?</c> when unmatched.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        AppendGroups(text);
        if (text.Length > 0)
        {
            text.Append('/');
        }

        if (Entry is null)
        {
            return text.Append('?').ToString();
        }

        return text.Append(CultureInfo.InvariantCulture, $"{Entry.Tag}[{Occurrence}]").ToString();
    }

    private void AppendGroups(StringBuilder text)
    {
        foreach (var group in _groups)
        {
            if (text.Length > 0)
            {
                text.Append('/');
            }

            text.Append(CultureInfo.InvariantCulture, $"SG{group.Group.Number}[{group.Occurrence}]");
        }
    }
}
