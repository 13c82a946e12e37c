namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>What the segment table says about the segments seen (each maps to a CONTRL 0085 code).</summary>
public enum StructureFindingKind : byte
{
    /// <summary>A mandatory segment was skipped (0085 code 13, missing).</summary>
    MissingSegment = 0,

    /// <summary>A mandatory segment group was skipped (0085 code 13, missing).</summary>
    MissingGroup = 1,

    /// <summary>A segment occurs more often than its maximum (0085 code 35, too many repetitions).</summary>
    TooManySegmentRepetitions = 2,

    /// <summary>A segment group occurs more often than its maximum (0085 code 36, too many segment group repetitions).</summary>
    TooManyGroupRepetitions = 3,

    /// <summary>A segment of the table where no reachable position takes it (0085 code 15, not supported in this position).</summary>
    UnexpectedSegment = 4,

    /// <summary>A segment the table does not have (0085 code 15, not supported in this position).</summary>
    SegmentNotInTable = 5,
}
