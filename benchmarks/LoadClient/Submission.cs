namespace UniPass.Gateway.LoadClient;

/// <summary>One submission: when it was due and sent, when it was answered (Stopwatch timestamps), and how.</summary>
internal sealed class Submission
{
    public long Sequence { get; init; }

    /// <summary>When the open-loop schedule wanted it sent (= <see cref="Sent"/> in the closed loop).</summary>
    public long Due { get; init; }

    public long Sent { get; set; }

    public long Answered { get; set; }

    public int Status { get; set; }

    public Guid Id { get; set; }

    public string? Error { get; set; }
}
