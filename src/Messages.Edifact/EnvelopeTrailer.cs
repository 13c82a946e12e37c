namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// A trailer: UNZ (0036 interchange control count, 0020 reference), UNE (0060 number of
/// messages, 0048 reference) or UNT (0074 number of segments, 0062 reference).
/// </summary>
/// <param name="Tag">UNZ, UNE or UNT.</param>
/// <param name="ControlCount">The count as written, or null when missing or not numeric.</param>
/// <param name="Reference">The reference as written.</param>
/// <param name="SegmentIndex">1-based segment index of the trailer.</param>
public sealed record EnvelopeTrailer(string Tag, int? ControlCount, string Reference, int SegmentIndex);
