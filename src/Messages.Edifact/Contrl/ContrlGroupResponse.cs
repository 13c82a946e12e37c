namespace UniPass.Gateway.Messages.Edifact.Contrl;

/// <summary>UCF with its messages: the answer for one functional group of the subject interchange.</summary>
/// <param name="Group">The subject's UNG (0048, S006 and S007 are echoed).</param>
/// <param name="Action">Acknowledged or rejected.</param>
/// <param name="Error">The first error in UNG or UNE (or of the group as a whole), or null.</param>
/// <param name="Messages">The answers for the group's messages.</param>
public sealed record ContrlGroupResponse(GroupHeader Group, ContrlAction Action, ContrlError? Error, IReadOnlyList<ContrlMessageResponse> Messages);
