namespace UniPass.Gateway.Routing.Outbox;

/// <summary>How the outbox dispatcher claims and retries (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>Entries claimed per round trip.</summary>
    public int BatchSize { get; set; } = 128;

    /// <summary>
    /// How long a claim is exclusive. The dispatcher renews the lease of a batch still in flight every third of
    /// it, so a slow broker does not let a live instance's entries be taken; an instance that dies frees its
    /// entries after this (or at once when it restarts, see <see cref="InstanceId"/>).
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an idle dispatcher waits before looking again when nobody signals new work.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Attempts after which a message that keeps failing for a non-transient reason is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The first retry delay; doubled per attempt up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest pause between attempts to reach a store that does not answer (the pause doubles from <see cref="FirstRetryDelay"/>).</summary>
    public TimeSpan MaxStorePause { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the backlog gauge (<c>unipass.outbox.backlog</c>) is recounted.</summary>
    public TimeSpan BacklogInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The name this dispatcher claims under. It must be stable across restarts of one instance (so that a
    /// restarted instance frees the entries it held when it died) and different between instances that run
    /// side by side. Default: the machine name and a hash of the working directory (where <c>./data</c> lives),
    /// see <see cref="OutboxInstanceId.Default"/>. Two live processes never share a name: the second finds the
    /// name locked and claims under a name of its own for that run, leaving the first one's leases alone.
    /// </summary>
    public string? InstanceId { get; set; }
}
