namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// The values of the current segment's mapped fields, as positions in the message's bytes (or, for a
/// value with release characters, in a scratch buffer holding it unescaped). Reused for every segment
/// of a message: capturing allocates nothing.
/// </summary>
internal sealed class ValueSlots
{
    private const int InitialScratch = 256;

    private readonly int[] _start;
    private readonly int[] _length;
    private readonly bool[] _unescaped;
    private readonly long[] _offset;
    private byte[] _scratch = new byte[InitialScratch];
    private int _scratchUsed;
    private int _count;

    public ValueSlots(int capacity)
    {
        _start = new int[capacity];
        _length = new int[capacity];
        _unescaped = new bool[capacity];
        _offset = new long[capacity];
    }

    /// <summary>Starts a segment with <paramref name="count"/> fields, all absent.</summary>
    public void Begin(int count)
    {
        _count = count;
        _scratchUsed = 0;
        Array.Fill(_length, -1, 0, count);
    }

    /// <summary>Keeps the value the reader stands on if it is one of <paramref name="positions"/>.</summary>
    public void Capture(ref EdifactReader reader, ElementPosition[] positions)
    {
        var element = reader.ElementIndex;
        var component = reader.ComponentIndex;
        for (var i = 0; i < positions.Length; i++)
        {
            if (positions[i].Element != element || positions[i].Component != component)
            {
                continue;
            }

            _offset[i] = reader.TokenOffset;
            if (!reader.ValueIsEscaped && !reader.HasValueSequence)
            {
                _start[i] = (int)reader.TokenStartIndex;
                _length[i] = reader.ValueLength;
                _unescaped[i] = false;
                continue;
            }

            if (_scratch.Length - _scratchUsed < reader.ValueLength)
            {
                Array.Resize(ref _scratch, Math.Max(_scratch.Length * 2, _scratchUsed + reader.ValueLength));
            }

            var written = reader.CopyUnescaped(_scratch.AsSpan(_scratchUsed));
            _start[i] = _scratchUsed;
            _length[i] = written;
            _unescaped[i] = true;
            _scratchUsed += written;
        }
    }

    public int Count => _count;

    /// <summary>True when field <paramref name="index"/> was present and not empty.</summary>
    public bool Has(int index) => index >= 0 && index < _count && _length[index] > 0;

    /// <summary>The unescaped bytes of field <paramref name="index"/> (empty when absent).</summary>
    public ReadOnlySpan<byte> Bytes(int index, ReadOnlySpan<byte> message)
    {
        if (!Has(index))
        {
            return default;
        }

        return _unescaped[index] ? _scratch.AsSpan(_start[index], _length[index]) : message.Slice(_start[index], _length[index]);
    }

    /// <summary>The absolute byte offset of field <paramref name="index"/>, or -1 when absent.</summary>
    public long Offset(int index) => index >= 0 && index < _count && _length[index] >= 0 ? _offset[index] : -1;
}
