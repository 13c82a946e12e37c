namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>How a segment fits the segment table (<see cref="SegmentTableWalker.Advance(ReadOnlySpan{byte})"/>).</summary>
public enum SegmentMatch : byte
{
    /// <summary>The segment matched a position (possibly once too often; see <see cref="SegmentTableWalker.Findings"/>).</summary>
    Matched = 0,

    /// <summary>The table has the segment, but not at any position reachable from here.</summary>
    Unexpected = 1,

    /// <summary>The table has no position with this tag at all.</summary>
    NotInTable = 2,
}
