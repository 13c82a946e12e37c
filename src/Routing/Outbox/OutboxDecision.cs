namespace UniPass.Gateway.Routing.Outbox;

/// <summary>What to do with a message whose processing threw: try again at <see cref="RetryAfter"/>, or dead-letter it.</summary>
public readonly record struct OutboxDecision(bool DeadLetter, TimeSpan RetryAfter)
{
    public static OutboxDecision Retry(TimeSpan after) => new(false, after);

    public static OutboxDecision GiveUp { get; } = new(true, TimeSpan.Zero);
}
