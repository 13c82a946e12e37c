using System.Buffers;
using System.Runtime.CompilerServices;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// A forward-only, zero-allocation reader of ISO 9735 (UN/EDIFACT) bytes, shaped like
/// <see cref="System.Text.Json.Utf8JsonReader"/>: <see cref="Read"/> advances to the next token
/// (<see cref="EdifactTokenType.SegmentStart"/> with the tag, one <see cref="EdifactTokenType.Element"/>
/// per simple element or component, <see cref="EdifactTokenType.SegmentEnd"/>), each located by
/// segment, element, component and repetition index and by byte offset.
/// </summary>
/// <remarks>
/// <para>
/// The reader knows syntax only: it takes its delimiters from UNA (ISO 9735-1 §7.2) or from the
/// defaults of the level named in UNB (level B: IS1/IS3/IS4), enables the repetition separator when
/// UNB declares version 4, and never judges envelopes; validation turns what it sees into
/// diagnostics. Over a partial buffer (<c>isFinalBlock: false</c>) <see cref="Read"/> returns
/// false when it needs more data; continue with a new reader over the unread bytes and
/// <see cref="CurrentState"/>.
/// </para>
/// <para>
/// Delimiters are found with a vectorized scan that keeps a 64-bit mask of the service characters of
/// the current 64-byte block (in the manner of a structural index), so a token costs a few
/// instructions regardless of the delimiter density.
/// </para>
/// </remarks>
public ref partial struct EdifactReader
{
    private const byte CarriageReturn = (byte)'\r';
    private const byte LineFeed = (byte)'\n';
    private const byte Space = (byte)' ';
    private const byte InformationSeparator3 = 0x1D;

    private ReadOnlySpan<byte> _buffer;
    private readonly bool _isFinalBlock;

    // Multi-segment input (see EdifactReader.MultiSegment.cs).
    private readonly bool _isMultiSegment;
    private readonly ReadOnlySequence<byte> _sequence;
    private SequencePosition _currentSegment;
    private SequencePosition _nextSegment;
    private long _bufferStart;
    private ReadOnlySequence<byte> _valueSequence;
    private bool _hasValueSequence;

    private int _consumed;
    private EdifactReaderState _state;

    // Service characters, unrolled for the scan. A role that is absent repeats another role's byte,
    // so the scan's compares stay branch-free and the classification order resolves it.
    private byte _component;
    private byte _element;
    private byte _repetition;
    private byte _segment;
    private byte _release;
    private bool _hasRelease;
    private bool _lenient;

    // A UNA that makes CR or LF a separator or the terminator: then they are service characters
    // everywhere, never line breaks to skip between segments.
    private bool _lineBreakIsDelimiter;

    private ulong _mask;
    private ulong _escapeMask;
    private int _maskBase;

    private EdifactTokenType _tokenType;
    private EdifactTokenFlags _flags;
    private int _valueStart;
    private int _valueLength;

    /// <summary>Reads <paramref name="edifact"/>, which holds the whole input.</summary>
    public EdifactReader(ReadOnlySpan<byte> edifact, EdifactReadMode mode = EdifactReadMode.Strict)
        : this(edifact, isFinalBlock: true, new EdifactReaderState(mode))
    {
    }

    /// <summary>Reads <paramref name="edifact"/>, continuing from <paramref name="state"/>.</summary>
    /// <param name="edifact">The bytes from the previous reader's <see cref="BytesConsumed"/> on.</param>
    /// <param name="isFinalBlock">False when more input may follow; <see cref="Read"/> then returns false at an incomplete token.</param>
    /// <param name="state">The previous reader's <see cref="CurrentState"/>, or a new state.</param>
    public EdifactReader(ReadOnlySpan<byte> edifact, bool isFinalBlock, EdifactReaderState state)
    {
        _buffer = edifact;
        _isFinalBlock = isFinalBlock;
        _state = state.Initialized ? state : new EdifactReaderState(EdifactReadMode.Strict);
        _maskBase = int.MinValue / 2;
        LoadDelimiters();
    }

    /// <summary>The kind of the current token.</summary>
    public readonly EdifactTokenType TokenType => _tokenType;

    /// <summary>Lexical observations about the current token.</summary>
    public readonly EdifactTokenFlags Flags => _flags;

    /// <summary>
    /// The raw value of the current token (the tag for <see cref="EdifactTokenType.SegmentStart"/>),
    /// release characters included; empty when <see cref="HasValueSequence"/> is true.
    /// </summary>
    public readonly ReadOnlySpan<byte> ValueSpan => _hasValueSequence ? default : _buffer.Slice(_valueStart, _valueLength);

    /// <summary>The raw value when it spans several segments of a <see cref="ReadOnlySequence{T}"/> input.</summary>
    public readonly ReadOnlySequence<byte> ValueSequence => _hasValueSequence ? _valueSequence : default;

    /// <summary>True when the value is in <see cref="ValueSequence"/> rather than <see cref="ValueSpan"/>.</summary>
    public readonly bool HasValueSequence => _hasValueSequence;

    /// <summary>The length of the raw value in bytes.</summary>
    public readonly int ValueLength => _hasValueSequence ? (int)_valueSequence.Length : _valueLength;

    /// <summary>True when the raw value holds release characters or line breaks that <see cref="CopyUnescaped"/> removes.</summary>
    public readonly bool ValueIsEscaped => (_flags & (EdifactTokenFlags.Released | EdifactTokenFlags.LineBreakInValue)) != 0;

    /// <summary>The index, in this reader's input, where the current token starts.</summary>
    public readonly long TokenStartIndex => _bufferStart + _valueStart;

    /// <summary>The absolute offset of the current token in the whole input, across resumed readers.</summary>
    public readonly long TokenOffset => _state.Offset + _bufferStart + _valueStart;

    /// <summary>The number of bytes of this reader's input consumed so far.</summary>
    public readonly long BytesConsumed => _bufferStart + _consumed;

    /// <summary>1-based position of the current segment in the interchange: UNB = 1, UNA is not counted.</summary>
    public readonly int SegmentIndex => _state.SegmentIndex;

    /// <summary>1-based position of the data element after the tag (0 for the tag itself).</summary>
    public readonly int ElementIndex => _state.ElementIndex;

    /// <summary>1-based position of the component within its composite (1 for a simple element).</summary>
    public readonly int ComponentIndex => _state.ComponentIndex;

    /// <summary>0-based repetition of the data element (version 4 repetition separator).</summary>
    public readonly int RepetitionIndex => _state.RepetitionIndex;

    /// <summary>The delimiters in force.</summary>
    public readonly EdifactDelimiters Delimiters => _state.Delimiters;

    /// <summary>True once the delimiters were fixed by UNA or by the first segment.</summary>
    public readonly bool HasServiceStringAdvice => _state.ServiceStringAdvice;

    /// <summary>The syntax identifier from UNB S001, or default before it is read.</summary>
    public readonly SyntaxIdentifier SyntaxIdentifier => _state.Syntax;

    /// <summary>The syntax version from UNB S001, or <see cref="SyntaxVersion.Unknown"/>.</summary>
    public readonly SyntaxVersion SyntaxVersion => _state.Version;

    /// <summary>The state to resume from on the next buffer (or after an <c>await</c>).</summary>
    public readonly EdifactReaderState CurrentState
    {
        get
        {
            var state = _state;
            state.Offset = _state.Offset + _bufferStart + _consumed;
            return state;
        }
    }

    /// <summary>True when the current token is a segment start whose tag equals <paramref name="tag"/>.</summary>
    public readonly bool IsSegment(ReadOnlySpan<byte> tag) =>
        _tokenType == EdifactTokenType.SegmentStart && (_hasValueSequence ? SequenceEquals(_valueSequence, tag) : ValueSpan.SequenceEqual(tag));

    /// <summary>Advances to the next token.</summary>
    /// <returns>False at the end of the input, or (when not final) when the next token is incomplete.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Read()
    {
        _hasValueSequence = false;

        // The common case first: a component or element separator followed by a value that ends
        // at the next separator or terminator within the buffer, with no release character or
        // line break in between. Everything else takes the general path.
        var pos = _consumed;
        if (_state.Position == ReaderPosition.AtDelimiter && !_state.InUnb && (uint)pos < (uint)_buffer.Length)
        {
            var delimiter = _buffer[pos];
            var component = _state.ComponentIndex + 1;
            var element = _state.ElementIndex;
            var repetition = _state.RepetitionIndex;
            if (delimiter != _component)
            {
                if (delimiter != _element)
                {
                    if (delimiter == _segment && !_state.VirtualTerminator)
                    {
                        _consumed = pos + 1;
                        EmitSegmentEnd(pos, EdifactTokenFlags.None);
                        return true;
                    }

                    goto General;
                }

                element++;
                component = 1;
                repetition = 0;
            }

            pos++;
            var end = NextSpecial(pos);
            if (end >= 0)
            {
                if (IsDelimiterAt(end))
                {
                    _state.ElementIndex = element;
                    _state.ComponentIndex = component;
                    _state.RepetitionIndex = repetition;
                    _tokenType = EdifactTokenType.Element;
                    _flags = EdifactTokenFlags.None;
                    _valueStart = pos;
                    _valueLength = end - pos;
                    _consumed = end;
                    return true;
                }
            }
        }
        else if (_state.Position == ReaderPosition.BetweenSegments && _state.DelimitersKnown && _state.PendingFlags == EdifactTokenFlags.None && !_lineBreakIsDelimiter)
        {
            // The next common case: a tag after the segment terminator, or after the line break
            // (LF or CR LF) that follows it, ending at a separator or terminator within the buffer.
            var flags = EdifactTokenFlags.None;
            var length = _buffer.Length;
            if ((uint)pos < (uint)length && _buffer[pos] == CarriageReturn)
            {
                pos++;
                flags = EdifactTokenFlags.LineBreakBefore;
            }

            if ((uint)pos < (uint)length && _buffer[pos] == LineFeed)
            {
                pos++;
                flags = EdifactTokenFlags.LineBreakBefore;
            }

            if ((uint)pos < (uint)length && _buffer[pos] - (uint)'A' <= 'Z' - 'A')
            {
                var end = NextSpecial(pos);
                if (end >= 0)
                {
                    if (IsDelimiterAt(end))
                    {
                        _state.SegmentIndex++;
                        _state.ElementIndex = 0;
                        _state.ComponentIndex = 1;
                        _state.RepetitionIndex = 0;
                        _state.Position = ReaderPosition.AtDelimiter;
                        _state.InUnb = end - pos == 3 && _buffer[pos] == (byte)'U' && _buffer[pos + 1] == (byte)'N' && _buffer[pos + 2] == (byte)'B';
                        _tokenType = EdifactTokenType.SegmentStart;
                        _flags = flags;
                        _valueStart = pos;
                        _valueLength = end - pos;
                        _consumed = end;
                        return true;
                    }
                }
            }
        }

    General:
        return ReadGeneral();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ReadGeneral() => _isMultiSegment ? ReadMultiSegment() : ReadCore(_isFinalBlock);

    private void LoadDelimiters()
    {
        var d = _state.Delimiters;
        _component = d.Component;
        _element = d.Element;
        _segment = d.Segment;
        _hasRelease = d.Release.HasValue;
        _release = d.Release ?? d.Segment;
        _repetition = d.Repetition ?? d.Element;
        _lenient = _state.Mode == EdifactReadMode.Lenient;
        _lineBreakIsDelimiter = IsDelimiter(CarriageReturn) || IsDelimiter(LineFeed);
        _maskBase = int.MinValue / 2;
    }

    private void SetDelimiters(EdifactDelimiters delimiters)
    {
        _state.Delimiters = delimiters;
        LoadDelimiters();
    }

    private bool ReadCore(bool isFinal)
    {
        while (true)
        {
            switch (_state.Position)
            {
                case ReaderPosition.AtDelimiter:
                {
                    if (_state.VirtualTerminator)
                    {
                        // The line break itself stays for the skip before the next tag.
                        _state.VirtualTerminator = false;
                        EmitSegmentEnd(_consumed, EdifactTokenFlags.LineBreakTerminator);
                        return true;
                    }

                    if ((uint)_consumed >= (uint)_buffer.Length)
                    {
                        return false;
                    }

                    var b = _buffer[_consumed];
                    if (b == _element)
                    {
                        _state.ElementIndex++;
                        _state.ComponentIndex = 1;
                        _state.RepetitionIndex = 0;
                    }
                    else if (b == _component)
                    {
                        _state.ComponentIndex++;
                    }
                    else if (b == _segment)
                    {
                        _consumed++;
                        EmitSegmentEnd(_consumed - 1, EdifactTokenFlags.None);
                        return true;
                    }
                    else
                    {
                        // The scan stops only on the service characters, so this is the repetition separator.
                        _state.RepetitionIndex++;
                        _state.ComponentIndex = 1;
                    }

                    _consumed++;
                    _state.Position = ReaderPosition.BeforeValue;
                    goto case ReaderPosition.BeforeValue;
                }

                case ReaderPosition.BeforeValue:
                {
                    var start = _consumed;
                    var status = ScanValue(start, isFinal, out var end, out var flags);
                    if (status == ScanStatus.NeedMoreData)
                    {
                        return false;
                    }

                    EmitValue(EdifactTokenType.Element, start, end, flags, status);
                    if (_state.InUnb && _state.ElementIndex == 1)
                    {
                        OnSyntaxIdentifier();
                    }

                    return true;
                }

                case ReaderPosition.BetweenSegments:
                {
                    if (!SkipBetweenSegments())
                    {
                        return false;
                    }

                    if (!_state.DelimitersKnown)
                    {
                        var start = DetectDelimiters();
                        if (start == StartStatus.NeedMoreData)
                        {
                            return false;
                        }

                        if (start == StartStatus.ServiceStringAdvice)
                        {
                            continue;
                        }
                    }

                    var tagStart = _consumed;
                    var status = ScanValue(tagStart, isFinal, out var end, out var flags);
                    if (status == ScanStatus.NeedMoreData)
                    {
                        return false;
                    }

                    _state.SegmentIndex++;
                    _state.ElementIndex = 0;
                    _state.ComponentIndex = 1;
                    _state.RepetitionIndex = 0;
                    flags |= _state.PendingFlags;
                    _state.PendingFlags = EdifactTokenFlags.None;
                    EmitValue(EdifactTokenType.SegmentStart, tagStart, end, flags, status);
                    _state.InUnb = _valueLength == 3 && _buffer[_valueStart] == (byte)'U' && _buffer[_valueStart + 1] == (byte)'N' && _buffer[_valueStart + 2] == (byte)'B';
                    return true;
                }

                default:
                {
                    // ReaderPosition.AtEndOfInput: the input ended inside a segment.
                    _state.Position = ReaderPosition.BetweenSegments;
                    _state.InUnb = false;
                    SetToken(EdifactTokenType.SegmentEnd, _consumed, 0, EdifactTokenFlags.Unterminated);
                    return true;
                }
            }
        }
    }

    private void EmitValue(EdifactTokenType type, int start, int end, EdifactTokenFlags flags, ScanStatus status)
    {
        SetToken(type, start, end - start, flags);
        _consumed = end;
        _state.Position = status == ScanStatus.EndOfInput ? ReaderPosition.AtEndOfInput : ReaderPosition.AtDelimiter;
        if (status == ScanStatus.LineBreakTerminator)
        {
            _state.VirtualTerminator = true;
        }
    }

    private void EmitSegmentEnd(int at, EdifactTokenFlags flags)
    {
        _state.Position = ReaderPosition.BetweenSegments;
        _state.InUnb = false;
        SetToken(EdifactTokenType.SegmentEnd, at, 0, flags);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetToken(EdifactTokenType type, int valueStart, int valueLength, EdifactTokenFlags flags)
    {
        _tokenType = type;
        _valueStart = valueStart;
        _valueLength = valueLength;
        _flags = flags;
    }

    /// <summary>Skips line breaks and blanks before a tag, noting them; false when the buffer ran out.</summary>
    private bool SkipBetweenSegments()
    {
        while ((uint)_consumed < (uint)_buffer.Length)
        {
            var b = _buffer[_consumed];
            if (b == _segment || b == _element || b == _component)
            {
                return true;
            }

            if (b is CarriageReturn or LineFeed)
            {
                _state.PendingFlags |= EdifactTokenFlags.LineBreakBefore;
            }
            else if (b is Space or (byte)'\t' or 0xEF or 0xBB or 0xBF || b < Space)
            {
                // Blanks, tabs, other control characters and a UTF-8 byte order mark.
                _state.PendingFlags |= EdifactTokenFlags.WhitespaceBefore;
            }
            else
            {
                return true;
            }

            _consumed++;
        }

        return false;
    }

    private enum StartStatus
    {
        NeedMoreData,
        ServiceStringAdvice,
        Defaults,
    }

    /// <summary>
    /// At the first segment: a UNA fixes the delimiters (ISO 9735-1 §7.2); without one, UNB followed
    /// by IS3 means level B defaults and anything else the level A defaults (§7.1).
    /// </summary>
    private StartStatus DetectDelimiters()
    {
        Span<byte> head = stackalloc byte[EdifactDelimiters.ServiceStringAdviceLength];
        var available = Peek(_consumed, head);
        if (available >= 3 && head.StartsWith("UNA"u8))
        {
            if (available < EdifactDelimiters.ServiceStringAdviceLength)
            {
                if (!_isFinalBlock)
                {
                    return StartStatus.NeedMoreData;
                }

                throw EdifactSyntaxException.InvalidServiceStringAdvice(_state.Offset + _bufferStart + _consumed);
            }

            if (!EdifactDelimiters.TryParseServiceStringAdvice(head, out var una))
            {
                throw EdifactSyntaxException.InvalidServiceStringAdvice(_state.Offset + _bufferStart + _consumed);
            }

            _consumed += EdifactDelimiters.ServiceStringAdviceLength;
            _state.DelimitersKnown = true;
            _state.ServiceStringAdvice = true;
            SetDelimiters(una.Value);
            return StartStatus.ServiceStringAdvice;
        }

        if (available < 4 && !_isFinalBlock && "UNB"u8.StartsWith(head[..Math.Min(available, 3)]))
        {
            return StartStatus.NeedMoreData;
        }

        if (available < 3 && !_isFinalBlock)
        {
            return StartStatus.NeedMoreData;
        }

        _state.DelimitersKnown = true;
        SetDelimiters(available >= 4 && head.StartsWith("UNB"u8) && head[3] == InformationSeparator3
            ? EdifactDelimiters.LevelB
            : EdifactDelimiters.Default);
        return StartStatus.Defaults;
    }

    /// <summary>UNB S001: learn the syntax identifier and, without a UNA, the version-4 repetition separator.</summary>
    private void OnSyntaxIdentifier()
    {
        if (_state.ComponentIndex == 1 && _state.RepetitionIndex == 0)
        {
            Span<byte> code = stackalloc byte[4];
            if (ValueLength == code.Length && SyntaxIdentifier.TryParse(CopyRaw(code), out var syntax))
            {
                _state.Syntax = syntax;
            }
        }
        else if (_state.ComponentIndex == 2 && _state.RepetitionIndex == 0 && ValueLength == 1)
        {
            var digit = (_hasValueSequence ? _valueSequence.FirstSpan[0] : _buffer[_valueStart]) - (byte)'0';
            if (digit is >= 1 and <= 4)
            {
                _state.Version = (SyntaxVersion)digit;
                if (!_state.ServiceStringAdvice && _state.Version == SyntaxVersion.V4 && !_state.Delimiters.Repetition.HasValue)
                {
                    var d = _state.Delimiters;
                    byte repetition = d.Segment == EdifactDelimiters.LevelB.Segment ? (byte)0x1E : (byte)'*';
                    SetDelimiters(new EdifactDelimiters(d.Component, d.Element, d.Decimal, d.Release, repetition, d.Segment));
                }
                else if (_state.Version != SyntaxVersion.V4 && _state.Delimiters.Repetition.HasValue)
                {
                    // Before version 4 UNA position 5 is reserved (ISO 9735-1 §7.2): what a UNA put there is
                    // data from here on (validation notes it, EDI0011).
                    SetDelimiters(_state.Delimiters.ForVersion(_state.Version));
                }
            }
        }
    }

    private static bool SequenceEquals(ReadOnlySequence<byte> sequence, ReadOnlySpan<byte> other)
    {
        if (sequence.Length != other.Length)
        {
            return false;
        }

        Span<byte> copy = stackalloc byte[other.Length];
        sequence.CopyTo(copy);
        return copy.SequenceEqual(other);
    }
}
