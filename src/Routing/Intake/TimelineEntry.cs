namespace UniPass.Gateway.Routing.Intake;

/// <summary>One step in a message's life, with its time (see <see cref="TimelineSteps"/>).</summary>
/// <param name="At">When the step happened.</param>
/// <param name="Step">What happened.</param>
/// <param name="Detail">A short, payload-free explanation (topic, diagnostic id, error), when useful.</param>
public sealed record TimelineEntry(DateTimeOffset At, string Step, string? Detail = null);
