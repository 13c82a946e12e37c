namespace UniPass.Gateway.Routing.Outbox;

/// <summary>How the outbox dispatcher claims and retries (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Entries claimed per round trip.</summary>
    public int BatchSize { get; set; } = 128;

    /// <summary>How long a claim is exclusive; an instance that dies mid-batch frees its entries after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an idle dispatcher waits before looking again when nobody signals new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Attempts after which a message that keeps failing for a non-transient reason is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry delay; doubled per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);
}
