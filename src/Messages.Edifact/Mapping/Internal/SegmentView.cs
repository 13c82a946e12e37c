using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// The segment a handler is given: where it stands, and the values of the fields its map declared,
/// read by <see cref="ElementRef"/> (never by index). Valid only during the handler call.
/// </summary>
internal readonly ref struct SegmentView
{
    private readonly ReadOnlySpan<byte> _message;
    private readonly ValueSlots _slots;
    private readonly Encoding _encoding;

    private readonly FieldBinding _binding;

    public SegmentView(ReadOnlySpan<byte> message, ValueSlots slots, FieldBinding binding, int segmentIndex, int messageSegmentIndex, long byteOffset, Encoding encoding)
    {
        _message = message;
        _slots = slots;
        _binding = binding;
        SegmentIndex = segmentIndex;
        MessageSegmentIndex = messageSegmentIndex;
        ByteOffset = byteOffset;
        _encoding = encoding;
    }

    /// <summary>The segment reference of the map that handles it.</summary>
    public SegmentRef Segment => _binding.Segment;

    /// <summary>The table entry the segment matched (its position, e.g. <c>0280</c>).</summary>
    public Directories.SegmentEntry Entry => _binding.Entry;

    /// <summary>The segment tag.</summary>
    public string Tag => Segment.Tag;

    /// <summary>1-based position in the interchange (UNB = 1).</summary>
    public int SegmentIndex { get; }

    /// <summary>1-based position in the message (UNH = 1).</summary>
    public int MessageSegmentIndex { get; }

    /// <summary>Absolute byte offset of the segment tag.</summary>
    public long ByteOffset { get; }

    /// <summary>True when <paramref name="field"/> has a value.</summary>
    public bool Has(ElementRef field) => _slots.Has(_binding.IndexOf(field));

    /// <summary>The unescaped bytes of <paramref name="field"/> (empty when absent).</summary>
    public ReadOnlySpan<byte> Bytes(ElementRef field) => _slots.Bytes(_binding.IndexOf(field), _message);

    /// <summary>True when <paramref name="field"/> equals <paramref name="value"/> (bytes, ordinal).</summary>
    public bool Is(ElementRef field, ReadOnlySpan<byte> value) => Bytes(field).SequenceEqual(value);

    /// <summary>The value decoded in the interchange's character set, or null when absent or empty.</summary>
    public string? Text(ElementRef field)
    {
        var bytes = Bytes(field);
        return bytes.IsEmpty ? null : _encoding.GetString(bytes);
    }

    /// <summary>Where <paramref name="field"/> stands in this directory's segment (not <see cref="ElementPosition.Exists"/> when it has none).</summary>
    public ElementPosition PositionOf(ElementRef field)
    {
        var index = _binding.IndexOf(field);
        return index < 0 ? default : _binding.Positions[index];
    }

    /// <summary>The absolute byte offset of <paramref name="field"/>'s value, or the segment's when it is absent.</summary>
    public long OffsetOf(ElementRef field)
    {
        var offset = _slots.Offset(_binding.IndexOf(field));
        return offset >= 0 ? offset : ByteOffset;
    }
}
