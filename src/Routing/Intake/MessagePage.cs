namespace UniPass.Gateway.Routing.Intake;

/// <summary>One page of a listing; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record MessagePage(IReadOnlyList<MessageSummary> Items, string? NextCursor);
