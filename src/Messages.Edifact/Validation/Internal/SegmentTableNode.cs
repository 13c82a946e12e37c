using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// One entry of a compiled segment table. Children of a group (or of the message) are stored
/// contiguously from <see cref="FirstChild"/>, the trigger segment first, so the walker scans
/// them with an index and a packed tag compare.
/// </summary>
/// <param name="Tag">The packed tag (<see cref="SegmentTag.Pack(ReadOnlySpan{byte})"/>); for a group, its trigger segment's.</param>
/// <param name="Entry">The directory's entry (<see cref="SegmentEntry"/> or <see cref="SegmentGroupEntry"/>); null for the message itself.</param>
internal readonly record struct SegmentTableNode(
    int Tag,
    bool IsGroup,
    bool IsMandatory,
    int MaxRepeats,
    int FirstChild,
    int ChildCount,
    SegmentTableEntry? Entry);
