namespace UniPass.Gateway.Routing.Bus.Internal;

/// <summary>One in-process topic: an append-only log with a moving start, and the groups reading it.</summary>
internal sealed class InProcessTopic(string name)
{
    private readonly List<BusRecord> _records = [];
    private readonly Dictionary<string, long> _committed = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _firstOffset;
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    /// <summary>Appends a record; returns how many records beyond <paramref name="retention"/> were dropped (only when no group reads the topic).</summary>
    public int Append(BusMessage message, int retention)
    {
        TaskCompletionSource appended;
        var dropped = 0;
        lock (_lock)
        {
            var offset = _firstOffset + _records.Count;
            _records.Add(new BusRecord(Name, 0, offset, message.Key, message.Value.ToArray(), new Dictionary<string, string>(message.Headers, StringComparer.Ordinal)));
            if (_committed.Count == 0 && _records.Count > retention)
            {
                dropped = _records.Count - retention;
                _records.RemoveRange(0, dropped);
                _firstOffset += dropped;
            }

            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        appended.TrySetResult();
        return dropped;
    }

    /// <summary>Registers a group (from the log's start when new) and returns its committed offset.</summary>
    public long Join(string groupId)
    {
        lock (_lock)
        {
            if (!_committed.TryGetValue(groupId, out var offset))
            {
                offset = _firstOffset;
                _committed.Add(groupId, offset);
            }

            return offset;
        }
    }

    /// <summary>The record at <paramref name="offset"/>, or null with a task that completes when one is appended.</summary>
    public BusRecord? TryRead(long offset, out Task appended)
    {
        lock (_lock)
        {
            appended = _appended.Task;
            var index = offset - _firstOffset;
            return index >= 0 && index < _records.Count ? _records[(int)index] : null;
        }
    }

    /// <summary>Commits <paramref name="nextOffset"/> for the group and drops what every group has passed.</summary>
    public void Commit(string groupId, long nextOffset)
    {
        lock (_lock)
        {
            _committed[groupId] = nextOffset;
            var min = _committed.Values.Min();
            var drop = (int)Math.Clamp(min - _firstOffset, 0, _records.Count);
            if (drop > 0)
            {
                _records.RemoveRange(0, drop);
                _firstOffset += drop;
            }
        }
    }
}
