namespace UniPass.Gateway.Messages.Edifact.Internal;

/// <summary>The decoded values of one service segment (UNB, UNG, UNH, UNT, UNE, UNZ), kept while it is read.</summary>
internal sealed class CapturedSegment
{
    private readonly List<(int Element, int Component, string Value, long Offset)> _values = [];

    public CapturedSegment(string tag, int segmentIndex, long offset)
    {
        Tag = tag;
        SegmentIndex = segmentIndex;
        Offset = offset;
    }

    public string Tag { get; }

    public int SegmentIndex { get; }

    public long Offset { get; }

    public void Add(int element, int component, int repetition, string value, long offset)
    {
        if (repetition == 0)
        {
            _values.Add((element, component, value, offset));
        }
    }

    /// <summary>The byte offset of element/component, or of the segment when absent.</summary>
    public long OffsetOf(int element, int component = 1)
    {
        foreach (var (e, c, _, o) in _values)
        {
            if (e == element && c == component)
            {
                return o;
            }
        }

        return Offset;
    }

    /// <summary>The value at element/component, or null when absent or empty.</summary>
    public string? Get(int element, int component = 1)
    {
        foreach (var (e, c, v, _) in _values)
        {
            if (e == element && c == component)
            {
                return v.Length == 0 ? null : v;
            }
        }

        return null;
    }
}
