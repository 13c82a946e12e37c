using System.Buffers;

namespace UniPass.Gateway.Messages.Edifact;

public ref partial struct EdifactReader
{
    /// <summary>Reads <paramref name="edifact"/>, which holds the whole input.</summary>
    public EdifactReader(ReadOnlySequence<byte> edifact, EdifactReadMode mode = EdifactReadMode.Strict)
        : this(edifact, isFinalBlock: true, new EdifactReaderState(mode))
    {
    }

    /// <summary>Reads a possibly multi-segment <paramref name="edifact"/>, continuing from <paramref name="state"/>.</summary>
    /// <param name="edifact">The bytes from the previous reader's <see cref="BytesConsumed"/> on.</param>
    /// <param name="isFinalBlock">False when more input may follow.</param>
    /// <param name="state">The previous reader's <see cref="CurrentState"/>, or a new state.</param>
    public EdifactReader(ReadOnlySequence<byte> edifact, bool isFinalBlock, EdifactReaderState state)
        : this(edifact.FirstSpan, isFinalBlock, state)
    {
        if (edifact.IsSingleSegment)
        {
            return;
        }

        _isMultiSegment = true;
        _sequence = edifact;
        _nextSegment = edifact.Start;
        _currentSegment = edifact.Start;
        if (edifact.TryGet(ref _nextSegment, out var first))
        {
            _buffer = first.Span;
        }

        SkipEmptySegments();
    }

    private readonly bool HasDataAfterBuffer => _isMultiSegment && _bufferStart + _buffer.Length < _sequence.Length;

    private bool ReadMultiSegment()
    {
        while (true)
        {
            var last = !HasDataAfterBuffer;
            if (ReadCore(_isFinalBlock && last))
            {
                return true;
            }

            if (last)
            {
                return false;
            }

            if (_consumed >= _buffer.Length)
            {
                // A UNA read through Peek may end beyond this segment.
                MoveTo(_bufferStart + _consumed);
                continue;
            }

            // A tag or value starts in this segment and ends in a later one.
            return ReadStraddlingValue();
        }
    }

    /// <summary>The slow path: a tag or value that crosses a segment boundary is scanned byte by byte into <see cref="ValueSequence"/>.</summary>
    private bool ReadStraddlingValue()
    {
        var isTag = _state.Position == ReaderPosition.BetweenSegments;
        var start = _bufferStart + _consumed;
        var reader = new SequenceReader<byte>(SliceFrom(start));
        var flags = EdifactTokenFlags.None;
        var status = ScanStatus.EndOfInput;
        long end = _sequence.Length;
        while (reader.TryRead(out var b))
        {
            var at = reader.Consumed - 1 + start;
            if (IsDelimiter(b))
            {
                end = at;
                status = ScanStatus.Found;
                break;
            }

            if (b == _release && _hasRelease)
            {
                flags |= EdifactTokenFlags.Released;
                if (!reader.TryRead(out _))
                {
                    break;
                }

                continue;
            }

            if (b is CarriageReturn or LineFeed)
            {
                if (_lenient)
                {
                    var decision = IsLineBreakTerminator(at - _bufferStart);
                    if (decision == LineBreakDecision.NeedMoreData)
                    {
                        return false;
                    }

                    if (decision == LineBreakDecision.Terminator)
                    {
                        end = at;
                        status = ScanStatus.LineBreakTerminator;
                        break;
                    }
                }

                flags |= EdifactTokenFlags.LineBreakInValue;
            }
        }

        if (status == ScanStatus.EndOfInput && !_isFinalBlock)
        {
            return false;
        }

        var type = EdifactTokenType.Element;
        if (isTag)
        {
            type = EdifactTokenType.SegmentStart;
            _state.SegmentIndex++;
            _state.ElementIndex = 0;
            _state.ComponentIndex = 1;
            _state.RepetitionIndex = 0;
            flags |= _state.PendingFlags;
            _state.PendingFlags = EdifactTokenFlags.None;
        }

        SetToken(type, _consumed, 0, flags);
        _valueSequence = SliceFrom(start).Slice(0, end - start);
        _hasValueSequence = true;
        MoveTo(end);
        _valueStart = (int)(start - _bufferStart);
        _state.Position = status == ScanStatus.EndOfInput ? ReaderPosition.AtEndOfInput : ReaderPosition.AtDelimiter;
        _state.VirtualTerminator = status == ScanStatus.LineBreakTerminator;
        if (isTag)
        {
            _state.InUnb = IsSegment("UNB"u8);
        }
        else if (_state.InUnb && _state.ElementIndex == 1)
        {
            OnSyntaxIdentifier();
        }

        return true;
    }

    private void MoveTo(long position)
    {
        while (position > _bufferStart + _buffer.Length || (position == _bufferStart + _buffer.Length && HasDataAfterBuffer))
        {
            AdvanceSegment();
        }

        _consumed = (int)(position - _bufferStart);
    }

    private void AdvanceSegment()
    {
        _bufferStart += _buffer.Length;
        _buffer = default;
        _consumed = 0;
        _currentSegment = _nextSegment;
        if (_sequence.TryGet(ref _nextSegment, out var memory))
        {
            _buffer = memory.Span;
        }

        SkipEmptySegments();
    }

    private void SkipEmptySegments()
    {
        while (_buffer.IsEmpty)
        {
            var position = _nextSegment;
            if (!_sequence.TryGet(ref _nextSegment, out var memory))
            {
                break;
            }

            _currentSegment = position;
            _buffer = memory.Span;
        }

        _maskBase = int.MinValue / 2;
    }

    /// <summary>The input from <paramref name="absolute"/> (at or after the current buffer) on, sliced from the current segment so it costs no walk from the start.</summary>
    private readonly ReadOnlySequence<byte> SliceFrom(long absolute) => _sequence.Slice(_currentSegment).Slice(absolute - _bufferStart);

    /// <summary>Copies up to <c>destination.Length</c> bytes starting at <paramref name="at"/> (relative to the current buffer), across segments.</summary>
    private readonly int Peek(long at, Span<byte> destination)
    {
        if (!_isMultiSegment)
        {
            if (at >= _buffer.Length)
            {
                return 0;
            }

            var rest = _buffer[(int)at..];
            var n = Math.Min(rest.Length, destination.Length);
            rest[..n].CopyTo(destination);
            return n;
        }

        var absolute = _bufferStart + at;
        var available = _sequence.Length - absolute;
        if (available <= 0)
        {
            return 0;
        }

        var count = (int)Math.Min(available, destination.Length);
        SliceFrom(absolute).Slice(0, count).CopyTo(destination);
        return count;
    }
}
