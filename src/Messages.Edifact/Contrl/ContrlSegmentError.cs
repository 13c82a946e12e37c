namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>UCS with its UCDs: an erroneous (or, for a missing one, the preceding) segment of a message and the errors in its data elements.</summary>
/// <param name="Position">0096: the segment's position in the message, UNH being 1.</param>
/// <param name="Code">0085 for an error of the segment as a whole, or null.</param>
/// <param name="Elements">One UCD per erroneous data element (0085 and S011; <see cref="ContrlError.SegmentTag"/> unused).</param>
public sealed record ContrlSegmentError(int Position, int? Code, IReadOnlyList<ContrlError> Elements);
