namespace UniPass.Gateway.Routing.Intake;

/// <summary>Filter and page for listing a partner's messages (newest first).</summary>
/// <param name="Status">Only messages with this status.</param>
/// <param name="MessageType">Only messages of this document type (e.g. <c>CUSDEC</c>).</param>
/// <param name="ReceivedFrom">Only messages received at or after this time.</param>
/// <param name="ReceivedTo">Only messages received before this time.</param>
/// <param name="Limit">Page size, 1..<see cref="MaxLimit"/>.</param>
/// <param name="Cursor">The <see cref="MessagePage.NextCursor"/> of the previous page, or null for the first page.</param>
public sealed record MessageQuery(
    MessageStatus? Status = null,
    string? MessageType = null,
    DateTimeOffset? ReceivedFrom = null,
    DateTimeOffset? ReceivedTo = null,
    int Limit = MessageQuery.DefaultLimit,
    string? Cursor = null)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;
}
