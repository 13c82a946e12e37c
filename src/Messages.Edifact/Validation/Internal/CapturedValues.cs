namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>A few short values of a service segment (UNH S009, UNG S008) kept in fixed buffers while it is read.</summary>
internal sealed class CapturedValues
{
    private const int TooLong = -1;

    private readonly byte[] _bytes;
    private readonly int[] _lengths;
    private readonly long[] _offsets;
    private readonly int _slotSize;

    public CapturedValues(int slots, int slotSize)
    {
        _bytes = new byte[slots * slotSize];
        _lengths = new int[slots];
        _offsets = new long[slots];
        _slotSize = slotSize;
    }

    public void Clear()
    {
        Array.Clear(_lengths);
        Array.Clear(_offsets);
    }

    public void Set(int slot, ReadOnlySpan<byte> value, long offset)
    {
        _offsets[slot] = offset;
        if (value.Length > _slotSize)
        {
            _lengths[slot] = TooLong;
            return;
        }

        value.CopyTo(_bytes.AsSpan(slot * _slotSize));
        _lengths[slot] = value.Length;
    }

    /// <summary>The byte offset of the slot's value (0 when it was never set).</summary>
    public long OffsetOf(int slot) => _offsets[slot];

    /// <summary>True when the slot holds a value longer than the buffer (it cannot be a valid code).</summary>
    public bool IsTooLong(int slot) => _lengths[slot] == TooLong;

    /// <summary>The value, empty when absent or too long.</summary>
    public ReadOnlySpan<byte> Get(int slot) => _lengths[slot] > 0 ? _bytes.AsSpan(slot * _slotSize, _lengths[slot]) : default;
}
