using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>One open segment group on the way to a segment: the group and which occurrence of it (1-based).</summary>
/// <param name="Group">The directory's segment group entry.</param>
/// <param name="Occurrence">1 for the group's first occurrence within its enclosing group occurrence, 2 for the second, ...</param>
public readonly record struct GroupOccurrence(SegmentGroupEntry Group, int Occurrence)
{
    /// <summary>The group number (4 for SG4).</summary>
    public int Number => Group.Number;

    /// <summary><c>SG4[2]</c>.</summary>
    public override string ToString() => $"SG{Group.Number}[{Occurrence}]";
}
