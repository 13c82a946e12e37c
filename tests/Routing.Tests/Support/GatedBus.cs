using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>
/// A bus whose confirmations the test releases: publishes of records that match a held key wait until
/// <see cref="Release"/>. Records the order in which publishes were called and confirmed.
/// </summary>
public sealed class GatedBus : IMessageBus
{
    private readonly Lock _lock = new();
    private readonly List<BusMessage> _started = [];
    private readonly List<BusMessage> _confirmed = [];
    private readonly Dictionary<string, TaskCompletionSource> _held = new(StringComparer.Ordinal);

    public IReadOnlyList<BusMessage> Started
    {
        get
        {
            lock (_lock)
            {
                return [.. _started];
            }
        }
    }

    public IReadOnlyList<BusMessage> Confirmed
    {
        get
        {
            lock (_lock)
            {
                return [.. _confirmed];
            }
        }
    }

    /// <summary>Publishes of records with <paramref name="key"/> wait until <see cref="Release"/>.</summary>
    public void Hold(string key)
    {
        lock (_lock)
        {
            _held[key] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release(string key)
    {
        TaskCompletionSource gate;
        lock (_lock)
        {
            gate = _held[key];
            _held.Remove(key);
        }

        gate.TrySetResult();
    }

    public async Task PublishAsync(BusMessage message, CancellationToken cancellationToken = default)
    {
        Task wait;
        lock (_lock)
        {
            _started.Add(message);
            wait = message.Key is { } key && _held.TryGetValue(key, out var gate) ? gate.Task : Task.CompletedTask;
        }

        await wait.WaitAsync(cancellationToken);
        lock (_lock)
        {
            _confirmed.Add(message);
        }
    }
}
