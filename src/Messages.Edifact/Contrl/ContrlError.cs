namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>
/// One syntax error as a CONTRL reports it: 0085 (syntax error, coded) and where the syntax
/// allows, the service segment tag (0013) and S011 (0098 data element position, the segment tag
/// being position 1; 0104 component position; 0136 occurrence, version 4).
/// </summary>
/// <param name="Code">0085, for example 29 (control count does not match).</param>
/// <param name="SegmentTag">0013: the erroneous or missing service segment (UNA, UNB, UNZ; UNG, UNE; UNH, UNT), or null.</param>
/// <param name="ElementPosition">0098: position of the data element, the tag counting as 1; 0 when the error is about the whole segment.</param>
/// <param name="ComponentPosition">0104: position of the component, 0 for none.</param>
/// <param name="Occurrence">0136 (version 4): 1-based occurrence of a repeating data element, 0 for none.</param>
public readonly record struct ContrlError(int Code, string? SegmentTag = null, int ElementPosition = 0, int ComponentPosition = 0, int Occurrence = 0);
