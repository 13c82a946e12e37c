namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// One line of a message's segment table (UNTDID Part 4 §2.6, "4.3.1 Segment table"): a segment
/// or a segment group, each with its position number, status and maximum number of occurrences.
/// </summary>
public abstract record SegmentTableEntry(string Position, UsageStatus Status, int MaxRepeats);
