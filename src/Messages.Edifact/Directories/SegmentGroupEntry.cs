namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>A segment group: its first entry is its trigger segment (mandatory, once).</summary>
public sealed record SegmentGroupEntry(string Position, int Number, UsageStatus Status, int MaxRepeats, IReadOnlyList<SegmentTableEntry> Entries)
    : SegmentTableEntry(Position, Status, MaxRepeats);
