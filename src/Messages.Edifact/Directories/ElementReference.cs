namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// One position inside a segment (a simple data element or a composite, <see cref="Id"/> starting
/// with C, E or S) or inside a composite (always a simple data element), with its status and
/// maximum repetitions (repetition exists from syntax version 4 on; 1 before).
/// </summary>
public sealed record ElementReference(string Id, UsageStatus Status, int MaxRepeats)
{
    /// <summary>Whether the reference names a composite data element (Cnnn, Ennn or Snnn).</summary>
    public bool IsComposite => Id.Length == 4 && Id[0] is 'C' or 'E' or 'S';
}
