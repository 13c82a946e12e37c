namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>UCM with its segment errors: the answer for one message of the subject interchange.</summary>
/// <param name="Message">The subject's UNH (0062 and S009 are echoed).</param>
/// <param name="Action">Acknowledged or rejected.</param>
/// <param name="Error">The first error in UNH or UNT, or null.</param>
/// <param name="Segments">The erroneous segments of the message (UCS/UCD), by position.</param>
public sealed record ContrlMessageResponse(MessageHeader Message, ContrlAction Action, ContrlError? Error, IReadOnlyList<ContrlSegmentError> Segments);
