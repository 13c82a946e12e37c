using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Internal;

/// <summary>
/// The values of one service segment (UNB, UNG, UNH, UNT, UNE, UNZ), kept as bytes while it is
/// read and decoded only when asked for. One instance serves every service segment of an
/// interchange in turn (<see cref="Begin"/>), and text that repeats from message to message
/// (the message type, version, release and agency of each UNH) is decoded once: nothing is
/// allocated for a service segment but the strings that differ from the last ones at their position.
/// </summary>
internal sealed class CapturedSegment
{
    private const int InitialValues = 16;
    private const int CacheSlots = 64;
    private const int MaxCachedLength = 35;

    private int[] _elements = new int[InitialValues];
    private int[] _components = new int[InitialValues];
    private int[] _starts = new int[InitialValues];
    private int[] _lengths = new int[InitialValues];
    private long[] _offsets = new long[InitialValues];
    private Encoding[] _encodings = new Encoding[InitialValues];
    private byte[] _bytes = new byte[256];
    private int _count;
    private int _used;

    // The last text decoded at each (tag, element, component), by a hash of the position.
    private readonly byte[]?[] _cachedBytes = new byte[CacheSlots][];
    private readonly int[] _cachedLengths = new int[CacheSlots];
    private readonly Encoding?[] _cachedEncodings = new Encoding[CacheSlots];
    private readonly string?[] _cachedTexts = new string[CacheSlots];

    public string Tag { get; private set; } = string.Empty;

    public int SegmentIndex { get; private set; }

    public long Offset { get; private set; }

    /// <summary>Starts capturing the segment <paramref name="tag"/>; the values of the previous one are dropped.</summary>
    public CapturedSegment Begin(string tag, int segmentIndex, long offset)
    {
        Tag = tag;
        SegmentIndex = segmentIndex;
        Offset = offset;
        _count = 0;
        _used = 0;
        return this;
    }

    /// <summary>Keeps the reader's current value (first repetition only), unescaped, with the encoding the reader decodes it with.</summary>
    public void Add(ref EdifactReader reader)
    {
        if (reader.RepetitionIndex != 0)
        {
            return;
        }

        if (_count == _elements.Length)
        {
            Grow();
        }

        var length = reader.ValueLength;
        if (_bytes.Length - _used < length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + length));
        }

        var written = length == 0 ? 0 : reader.CopyUnescaped(_bytes.AsSpan(_used));
        var i = _count++;
        _elements[i] = reader.ElementIndex;
        _components[i] = reader.ComponentIndex;
        _starts[i] = _used;
        _lengths[i] = written;
        _offsets[i] = reader.TokenOffset;
        _encodings[i] = reader.SyntaxIdentifier.Code is null ? Encoding.UTF8 : reader.SyntaxIdentifier.Encoding;
        _used += written;
    }

    /// <summary>The byte offset of element/component, or of the segment when absent.</summary>
    public long OffsetOf(int element, int component = 1)
    {
        var i = IndexOf(element, component);
        return i >= 0 ? _offsets[i] : Offset;
    }

    /// <summary>The value at element/component, or null when absent or empty.</summary>
    /// <param name="element">1-based data element.</param>
    /// <param name="component">1-based component.</param>
    /// <param name="expected">Returned itself when the value reads the same (a trailer repeating its header's reference).</param>
    public string? Get(int element, int component = 1, string? expected = null)
    {
        var i = IndexOf(element, component);
        if (i < 0 || _lengths[i] == 0)
        {
            return null;
        }

        var bytes = _bytes.AsSpan(_starts[i], _lengths[i]);
        var encoding = _encodings[i];
        if (expected is not null && Reads(bytes, encoding, expected))
        {
            return expected;
        }

        if (bytes.Length > MaxCachedLength)
        {
            return encoding.GetString(bytes);
        }

        var slot = Slot(element, component);
        var cached = _cachedBytes[slot];
        if (cached is not null && ReferenceEquals(_cachedEncodings[slot], encoding) && bytes.SequenceEqual(cached.AsSpan(0, _cachedLengths[slot])))
        {
            return _cachedTexts[slot];
        }

        var text = encoding.GetString(bytes);
        cached ??= _cachedBytes[slot] = new byte[MaxCachedLength];
        bytes.CopyTo(cached);
        _cachedLengths[slot] = bytes.Length;
        _cachedEncodings[slot] = encoding;
        _cachedTexts[slot] = text;
        return text;
    }

    /// <summary>The value's unescaped bytes, empty when absent or empty.</summary>
    public ReadOnlySpan<byte> GetBytes(int element, int component = 1)
    {
        var i = IndexOf(element, component);
        return i < 0 ? default : _bytes.AsSpan(_starts[i], _lengths[i]);
    }

    private int IndexOf(int element, int component)
    {
        for (var i = 0; i < _count; i++)
        {
            if (_elements[i] == element && _components[i] == component)
            {
                return i;
            }
        }

        return -1;
    }

    private int Slot(int element, int component)
    {
        var tag = Tag.Length == 3 ? Tag[2] : 0;
        return (int)((uint)((tag * 31 + element) * 31 + component) % CacheSlots);
    }

    /// <summary>True when <paramref name="bytes"/> decode to <paramref name="text"/>, without allocating.</summary>
    private static bool Reads(ReadOnlySpan<byte> bytes, Encoding encoding, string text)
    {
        if (bytes.Length > 256 || encoding.GetMaxCharCount(bytes.Length) > 512)
        {
            return encoding.GetString(bytes) == text;
        }

        Span<char> chars = stackalloc char[512];
        var count = encoding.GetChars(bytes, chars);
        return chars[..count].SequenceEqual(text);
    }

    private void Grow()
    {
        var size = _elements.Length * 2;
        Array.Resize(ref _elements, size);
        Array.Resize(ref _components, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _lengths, size);
        Array.Resize(ref _offsets, size);
        Array.Resize(ref _encodings, size);
    }
}
