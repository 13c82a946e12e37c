namespace UniPass.Gateway.Routing.Intake;

/// <summary>The wire and storage names of <see cref="MessageStatus"/> (<c>received</c>, <c>rejected</c>, <c>routed</c>, <c>answered</c>).</summary>
public static class MessageStatusNames
{
    public const string Received = "received";
    public const string Rejected = "rejected";
    public const string Routed = "routed";
    public const string Answered = "answered";

    public static string ToName(this MessageStatus status) => status switch
    {
        MessageStatus.Received => Received,
        MessageStatus.Rejected => Rejected,
        MessageStatus.Routed => Routed,
        MessageStatus.Answered => Answered,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown message status."),
    };

    public static bool TryParse(string? name, out MessageStatus status)
    {
        switch (name)
        {
            case Received: status = MessageStatus.Received; return true;
            case Rejected: status = MessageStatus.Rejected; return true;
            case Routed: status = MessageStatus.Routed; return true;
            case Answered: status = MessageStatus.Answered; return true;
            default: status = default; return false;
        }
    }

    public static MessageStatus Parse(string name) =>
        TryParse(name, out var status) ? status : throw new FormatException($"'{name}' is not a message status.");
}
