namespace UniPass.Gateway.Routing.Outbox;

/// <summary>
/// What the dispatcher last knew about its store: readiness (<c>/readyz</c>) reports the gateway unready
/// while the dispatcher pauses because the store does not answer or fails, and ready again after the next
/// round that succeeds.
/// </summary>
public sealed class OutboxHealth
{
    private readonly Lock _lock = new();
    private string? _problem;
    private DateTimeOffset _since;

    /// <summary>True unless the last round failed.</summary>
    public bool IsHealthy
    {
        get
        {
            lock (_lock)
            {
                return _problem is null;
            }
        }
    }

    /// <summary>A description for the readiness probe (no payload, only the failure's type).</summary>
    public string Describe()
    {
        lock (_lock)
        {
            return _problem is null
                ? "The outbox dispatcher reaches its store."
                : $"The outbox dispatcher pauses since {_since:O}: {_problem}.";
        }
    }

    public void ReportAvailable()
    {
        lock (_lock)
        {
            _problem = null;
        }
    }

    public void ReportUnavailable(Exception failure, bool transient, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_lock)
        {
            if (_problem is null)
            {
                _since = at;
            }

            _problem = (transient ? "the store does not answer (" : "the store failed (") + failure.GetType().Name + ")";
        }
    }
}
