namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>A segment at a position of the segment table.</summary>
public sealed record SegmentEntry(string Position, string Tag, UsageStatus Status, int MaxRepeats)
    : SegmentTableEntry(Position, Status, MaxRepeats);
