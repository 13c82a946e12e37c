using UniPass.Gateway.Routing.Detection;

namespace UniPass.Gateway.Routing.Intake;

/// <summary>A stored message as its sender may see it: metadata, status and the timeline of every step.</summary>
public sealed record StoredMessage(
    MessageSummary Summary,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public Guid Id => Summary.Id;

    public MessageStatus Status => Summary.Status;

    public MessageFormat Format => Summary.Format;
}
