using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace UniPass.Gateway.Messages.Edifact;

public ref partial struct EdifactReader
{
    private const int BlockSize = 64;

    private enum ScanStatus : byte
    {
        /// <summary>The value ends at a service character.</summary>
        Found,

        /// <summary>The buffer ended before the value did (not the final block).</summary>
        NeedMoreData,

        /// <summary>The final block ended inside the value.</summary>
        EndOfInput,

        /// <summary>A line break followed by a segment tag ends the value and the segment (lenient).</summary>
        LineBreakTerminator,
    }

    /// <summary>
    /// Finds the end of the tag or value that starts at <paramref name="start"/>: the next
    /// component, element or repetition separator or segment terminator that is not released
    /// (ISO 9735-1 §7.3: the release character makes the next character lose its meaning).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ScanStatus ScanValue(int start, bool isFinal, out int end, out EdifactTokenFlags flags)
    {
        flags = EdifactTokenFlags.None;
        var pos = start;
        while (true)
        {
            var q = NextSpecial(pos);
            if (q < 0)
            {
                end = _buffer.Length;
                return isFinal ? ScanStatus.EndOfInput : ScanStatus.NeedMoreData;
            }

            if (IsDelimiterAt(q))
            {
                end = q;
                return ScanStatus.Found;
            }

            if (_buffer[q] == _release && _hasRelease)
            {
                flags |= EdifactTokenFlags.Released;
                if (q + 1 >= _buffer.Length)
                {
                    end = _buffer.Length;
                    return isFinal ? ScanStatus.EndOfInput : ScanStatus.NeedMoreData;
                }

                pos = q + 2;
                continue;
            }

            // CR or LF inside a segment.
            if (_lenient)
            {
                var decision = IsLineBreakTerminator(q);
                if (decision == LineBreakDecision.NeedMoreData)
                {
                    end = _buffer.Length;
                    return ScanStatus.NeedMoreData;
                }

                if (decision == LineBreakDecision.Terminator)
                {
                    end = q;
                    return ScanStatus.LineBreakTerminator;
                }
            }

            flags |= EdifactTokenFlags.LineBreakInValue;
            pos = q + 1;
        }
    }

    /// <summary>
    /// True when <paramref name="b"/> is a separator or the terminator rather than a release
    /// character or a line break. The compares are combined without short-circuiting: one branch
    /// rather than up to four.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool IsDelimiter(byte b) => (b == _element) | (b == _component) | (b == _segment) | (b == _repetition);

    /// <summary>
    /// <see cref="IsDelimiter"/> for <paramref name="q"/>, a position <see cref="NextSpecial"/> returned:
    /// read from the block's masks rather than from the byte.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool IsDelimiterAt(int q) => (_escapeMask & (1UL << (q - _maskBase))) == 0;

    private enum LineBreakDecision : byte
    {
        Wrap,
        Terminator,
        NeedMoreData,
    }

    /// <summary>
    /// Lenient reading: a run of line breaks followed by a segment tag (three upper-case letters or
    /// digits, then a separator, terminator or line break), or by the end of the input, ends the
    /// segment; anything else is a line wrapped inside the segment.
    /// </summary>
    private readonly LineBreakDecision IsLineBreakTerminator(long at)
    {
        Span<byte> ahead = stackalloc byte[16];
        var available = Peek(at, ahead);
        var i = 0;
        while (i < available && ahead[i] is CarriageReturn or LineFeed)
        {
            i++;
        }

        if (i == ahead.Length)
        {
            return LineBreakDecision.Wrap;
        }

        if (available - i < 4)
        {
            if (available == ahead.Length || _isFinalBlock)
            {
                return available == i ? LineBreakDecision.Terminator : LineBreakDecision.Wrap;
            }

            return LineBreakDecision.NeedMoreData;
        }

        var tag = ahead.Slice(i, 4);
        if (!IsTagCharacter(tag[0]) || !IsTagCharacter(tag[1]) || !IsTagCharacter(tag[2]) || tag[0] is >= (byte)'0' and <= (byte)'9')
        {
            return LineBreakDecision.Wrap;
        }

        var after = tag[3];
        return after == _element || after == _segment || after == _component || after is CarriageReturn or LineFeed
            ? LineBreakDecision.Terminator
            : LineBreakDecision.Wrap;
    }

    private static bool IsTagCharacter(byte b) => b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9');

    /// <summary>The index of the next service character, release character or line break at or after <paramref name="pos"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextSpecial(int pos)
    {
        while (true)
        {
            var relative = pos - _maskBase;
            if ((uint)relative < BlockSize)
            {
                var m = _mask & (ulong.MaxValue << relative);
                if (m != 0)
                {
                    return _maskBase + BitOperations.TrailingZeroCount(m);
                }

                pos = _maskBase + BlockSize;
            }

            if (pos >= _buffer.Length)
            {
                return -1;
            }

            ComputeMask(pos);
        }
    }

    /// <summary>
    /// Sets <see cref="_mask"/> to the positions of the special bytes in the block at <paramref name="start"/>,
    /// and <see cref="_escapeMask"/> to those of them that are not a separator or the terminator
    /// (the release character, CR, LF).
    /// </summary>
    private void ComputeMask(int start)
    {
        _maskBase = start;
        ref var origin = ref MemoryMarshal.GetReference(_buffer);
        if (Vector256.IsHardwareAccelerated && start + BlockSize <= _buffer.Length)
        {
            var lo = Vector256.LoadUnsafe(ref origin, (nuint)start);
            var hi = Vector256.LoadUnsafe(ref origin, (nuint)(start + 32));
            var delimiters = Delimiters256(lo) | ((ulong)Delimiters256(hi) << 32);
            var escapes = Escapes256(lo) | ((ulong)Escapes256(hi) << 32);
            SetMasks(delimiters, escapes);
            return;
        }

        if (Vector128.IsHardwareAccelerated && start + BlockSize <= _buffer.Length)
        {
            ulong delimiters = 0;
            ulong escapes = 0;
            for (var i = 0; i < 4; i++)
            {
                var v = Vector128.LoadUnsafe(ref origin, (nuint)(start + (i * 16)));
                delimiters |= (ulong)Delimiters128(v) << (i * 16);
                escapes |= (ulong)Escapes128(v) << (i * 16);
            }

            SetMasks(delimiters, escapes);
            return;
        }

        ulong scalarDelimiters = 0;
        ulong scalarEscapes = 0;
        var count = Math.Min(BlockSize, _buffer.Length - start);
        for (var i = 0; i < count; i++)
        {
            var b = Unsafe.Add(ref origin, start + i);
            if (IsDelimiter(b))
            {
                scalarDelimiters |= 1UL << i;
            }
            else if (b == _release || b is CarriageReturn or LineFeed)
            {
                scalarEscapes |= 1UL << i;
            }
        }

        SetMasks(scalarDelimiters, scalarEscapes);
    }

    /// <summary>
    /// Stores both masks. A separator or the terminator stays a delimiter when it equals the release
    /// character's stand-in (without a release character, <see cref="_release"/> is the terminator)
    /// or a line break.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetMasks(ulong delimiters, ulong escapes)
    {
        _mask = delimiters | escapes;
        _escapeMask = escapes & ~delimiters;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint Delimiters256(Vector256<byte> v) =>
        (Vector256.Equals(v, Vector256.Create(_element))
            | Vector256.Equals(v, Vector256.Create(_component))
            | Vector256.Equals(v, Vector256.Create(_segment))
            | Vector256.Equals(v, Vector256.Create(_repetition))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint Escapes256(Vector256<byte> v) =>
        (Vector256.Equals(v, Vector256.Create(_release))
            | Vector256.Equals(v, Vector256.Create(CarriageReturn))
            | Vector256.Equals(v, Vector256.Create(LineFeed))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint Delimiters128(Vector128<byte> v) =>
        (Vector128.Equals(v, Vector128.Create(_element))
            | Vector128.Equals(v, Vector128.Create(_component))
            | Vector128.Equals(v, Vector128.Create(_segment))
            | Vector128.Equals(v, Vector128.Create(_repetition))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly uint Escapes128(Vector128<byte> v) =>
        (Vector128.Equals(v, Vector128.Create(_release))
            | Vector128.Equals(v, Vector128.Create(CarriageReturn))
            | Vector128.Equals(v, Vector128.Create(LineFeed))).ExtractMostSignificantBits();
}
