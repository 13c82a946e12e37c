using Microsoft.Extensions.Logging;

namespace UniPass.Gateway.Routing.Bus.Internal;

/// <summary>
/// One in-process topic: an append-only log in a ring buffer with a moving start, and the groups reading it.
/// Records leave from the start when every group has committed past them, or when the log is over its
/// retention (count or bytes): then the oldest go first, each in O(1), and a group that had not read them
/// yet continues at the oldest record still kept. An overflow is logged once when it starts and once when
/// the log is back under half its limits.
/// </summary>
internal sealed class InProcessTopic(string name, int maxRecords, long maxBytes, ILogger logger)
{
    // Per record beyond value, key and headers: the record object, its dictionary and offsets (an estimate).
    private const int RecordOverhead = 128;
    private const int InitialCapacity = 16;

    private readonly Dictionary<string, long> _committed = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private (BusRecord Record, long Bytes)[] _ring = new (BusRecord, long)[Math.Min(InitialCapacity, maxRecords)];
    private int _head;
    private int _count;
    private long _bytes;
    private long _firstOffset;
    private long _droppedThisEpisode;
    private bool _overflowing;
    private TaskCompletionSource _appended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Name { get; } = name;

    /// <summary>Records kept now (for tests and diagnostics).</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _count;
            }
        }
    }

    /// <summary>Appends a record, first dropping the oldest while the log would be over its retention.</summary>
    public void Append(BusMessage message)
    {
        var record = new BusRecord(Name, 0, 0, message.Key, message.Value.ToArray(), new Dictionary<string, string>(message.Headers, StringComparer.Ordinal));
        var bytes = SizeOf(record);
        TaskCompletionSource appended;
        var overflowStarted = false;
        int groups;
        lock (_lock)
        {
            while (_count > 0 && (_count >= maxRecords || _bytes + bytes > maxBytes))
            {
                RemoveFirst();
                _droppedThisEpisode++;
                if (!_overflowing)
                {
                    _overflowing = true;
                    overflowStarted = true;
                }
            }

            if (_count == _ring.Length)
            {
                Grow();
            }

            _ring[(_head + _count) % _ring.Length] = (record with { Offset = _firstOffset + _count }, bytes);
            _count++;
            _bytes += bytes;
            groups = _committed.Count;
            appended = _appended;
            _appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        appended.TrySetResult();
        if (overflowStarted)
        {
            InProcessBus.LogRetentionOverflow(logger, Name, maxRecords, maxBytes, groups);
        }
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

    /// <summary>
    /// The record at <paramref name="offset"/> (or the oldest kept, when that one was dropped by retention),
    /// or null with a task that completes when one is appended.
    /// </summary>
    public BusRecord? TryRead(long offset, out Task appended)
    {
        lock (_lock)
        {
            appended = _appended.Task;
            var index = Math.Max(offset, _firstOffset) - _firstOffset;
            return index < _count ? _ring[(_head + (int)index) % _ring.Length].Record : null;
        }
    }

    /// <summary>Commits <paramref name="nextOffset"/> for the group and drops what every group has passed.</summary>
    public void Commit(string groupId, long nextOffset)
    {
        long dropped = 0;
        lock (_lock)
        {
            _committed[groupId] = nextOffset;
            var min = long.MaxValue;
            foreach (var committed in _committed.Values)
            {
                min = Math.Min(min, committed);
            }

            while (_count > 0 && _firstOffset < min)
            {
                RemoveFirst();
            }

            if (_overflowing && _count <= maxRecords / 2 && _bytes <= maxBytes / 2)
            {
                _overflowing = false;
                dropped = _droppedThisEpisode;
                _droppedThisEpisode = 0;
            }
        }

        if (dropped > 0)
        {
            InProcessBus.LogRetentionRecovered(logger, Name, dropped);
        }
    }

    private void RemoveFirst()
    {
        _bytes -= _ring[_head].Bytes;
        _ring[_head] = default;
        _head = (_head + 1) % _ring.Length;
        _count--;
        _firstOffset++;
    }

    /// <summary>Doubles the ring (up to the record limit), keeping the order; amortized O(1) per append.</summary>
    private void Grow()
    {
        var larger = new (BusRecord, long)[(int)Math.Min((long)_ring.Length * 2, maxRecords)];
        for (var i = 0; i < _count; i++)
        {
            larger[i] = _ring[(_head + i) % _ring.Length];
        }

        _ring = larger;
        _head = 0;
    }

    private static long SizeOf(BusRecord record)
    {
        long size = RecordOverhead + record.Value.Length + (2L * (record.Key?.Length ?? 0));
        foreach (var (header, value) in record.Headers)
        {
            size += 2L * (header.Length + value.Length);
        }

        return size;
    }
}
