using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation;

/// <summary>One finding of <see cref="SegmentTableWalker"/> about the segment just fed (or the end of the message).</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Entry">The entry concerned: the missing segment or group, or the one repeated too often; null for an unexpected segment.</param>
/// <param name="Occurrences">For too many repetitions, the occurrence just seen (maximum + 1 or more); otherwise 0.</param>
public readonly record struct StructureFinding(StructureFindingKind Kind, SegmentTableEntry? Entry, int Occurrences);
