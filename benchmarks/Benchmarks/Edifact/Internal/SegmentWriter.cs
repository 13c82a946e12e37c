using System.Buffers;
using System.Globalization;

namespace UniPass.Gateway.Benchmarks.Edifact.Internal;

/// <summary>
/// Writes segments with the default level-C service characters into a stream through one reusable
/// buffer, releasing every service character found in data (ISO 9735-1, release character), and
/// counts the unreleased service characters it emits so a generated interchange carries its own
/// expected scan result.
/// </summary>
internal sealed class SegmentWriter
{
    private const byte ComponentSeparator = (byte)':';
    private const byte ElementSeparator = (byte)'+';
    private const byte ReleaseCharacter = (byte)'?';
    private const byte SegmentTerminator = (byte)'\'';
    private const byte LineFeed = (byte)'\n';
    private const int BufferLength = 64 * 1024;

    private static readonly SearchValues<byte> s_serviceCharacters =
        SearchValues.Create([ComponentSeparator, ElementSeparator, ReleaseCharacter, SegmentTerminator]);

    private readonly Stream _stream;
    private readonly bool _segmentPerLine;
    private readonly byte[] _buffer = new byte[BufferLength];
    private int _length;
    private long _flushed;
    private long _terminators;
    private long _elements;
    private long _components;

    public SegmentWriter(Stream stream, bool segmentPerLine)
    {
        _stream = stream;
        _segmentPerLine = segmentPerLine;
    }

    public long BytesWritten => _flushed + _length;

    /// <summary>Segments written so far (the UNA advice is not a segment).</summary>
    public long Segments => _terminators;

    public ServiceCharacterCounts Counts => new(_terminators, _elements, _components);

    /// <summary>Writes <c>UNA:+.? '</c>: the defaults, announced so a reader needs no ambient knowledge.</summary>
    public void ServiceStringAdvice()
    {
        Raw("UNA:+.? '"u8);
        EndLine();
    }

    public SegmentWriter Segment(ReadOnlySpan<byte> tag)
    {
        Raw(tag);
        return this;
    }

    /// <summary>Starts the next (possibly empty) data element.</summary>
    public SegmentWriter Element()
    {
        Byte(ElementSeparator);
        _elements++;
        return this;
    }

    public SegmentWriter Element(ReadOnlySpan<byte> value) => Element().Data(value);

    public SegmentWriter Element(long value, string format = "D") => Element().Number(value, format);

    /// <summary>Starts the next (possibly empty) component of the current composite.</summary>
    public SegmentWriter Component()
    {
        Byte(ComponentSeparator);
        _components++;
        return this;
    }

    public SegmentWriter Component(ReadOnlySpan<byte> value) => Component().Data(value);

    public SegmentWriter Component(long value, string format = "D") => Component().Number(value, format);

    /// <summary>Appends data to the current element or component, releasing service characters.</summary>
    public SegmentWriter Data(ReadOnlySpan<byte> value)
    {
        while (!value.IsEmpty)
        {
            var special = value.IndexOfAny(s_serviceCharacters);
            if (special < 0)
            {
                Raw(value);
                break;
            }

            Raw(value[..special]);
            Byte(ReleaseCharacter);
            Byte(value[special]);
            value = value[(special + 1)..];
        }

        return this;
    }

    /// <summary>Appends a number (digits and at most a '.' decimal mark, never a service character).</summary>
    public SegmentWriter Number(long value, string format = "D")
    {
        Span<byte> digits = stackalloc byte[24];
        value.TryFormat(digits, out var written, format, CultureInfo.InvariantCulture);
        Raw(digits[..written]);
        return this;
    }

    /// <summary>Appends a decimal number with '.' as decimal mark (the mark announced in UNA).</summary>
    public SegmentWriter Number(decimal value, string format)
    {
        Span<byte> digits = stackalloc byte[32];
        value.TryFormat(digits, out var written, format, CultureInfo.InvariantCulture);
        Raw(digits[..written]);
        return this;
    }

    /// <summary>Appends a date or time in the given pattern (digits only).</summary>
    public SegmentWriter DateTime(DateTime value, string format)
    {
        Span<byte> digits = stackalloc byte[16];
        value.TryFormat(digits, out var written, format, CultureInfo.InvariantCulture);
        Raw(digits[..written]);
        return this;
    }

    public void End()
    {
        Byte(SegmentTerminator);
        _terminators++;
        EndLine();
    }

    public void Flush()
    {
        _stream.Write(_buffer, 0, _length);
        _flushed += _length;
        _length = 0;
        _stream.Flush();
    }

    private void EndLine()
    {
        if (_segmentPerLine)
        {
            Byte(LineFeed);
        }
    }

    private void Byte(byte value)
    {
        if (_length == _buffer.Length)
        {
            Drain();
        }

        _buffer[_length++] = value;
    }

    private void Raw(ReadOnlySpan<byte> value)
    {
        while (!value.IsEmpty)
        {
            if (_length == _buffer.Length)
            {
                Drain();
            }

            var count = Math.Min(value.Length, _buffer.Length - _length);
            value[..count].CopyTo(_buffer.AsSpan(_length));
            _length += count;
            value = value[count..];
        }
    }

    private void Drain()
    {
        _stream.Write(_buffer, 0, _length);
        _flushed += _length;
        _length = 0;
    }
}
