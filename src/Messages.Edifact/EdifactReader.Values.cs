using System.Buffers;
using System.Text;

namespace UniPass.Gateway.Messages.Edifact;

public ref partial struct EdifactReader
{
    /// <summary>
    /// Copies the value without its release characters (ISO 9735-1 §7.3) and without line breaks
    /// wrapped into it, and returns the number of bytes written.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="ValueLength"/>.</exception>
    public readonly int CopyUnescaped(Span<byte> destination)
    {
        if (destination.Length < ValueLength)
        {
            throw new ArgumentException("The destination is shorter than the value.", nameof(destination));
        }

        CopyRaw(destination);
        return ValueIsEscaped ? Unescape(destination[..ValueLength]) : ValueLength;
    }

    /// <summary>Decodes the unescaped value with the encoding of the interchange's syntax identifier.</summary>
    public readonly string GetString()
    {
        var length = ValueLength;
        if (length == 0)
        {
            return string.Empty;
        }

        var encoding = _state.Syntax.Code is null ? Encoding.UTF8 : _state.Syntax.Encoding;
        if (!ValueIsEscaped && !_hasValueSequence)
        {
            return encoding.GetString(ValueSpan);
        }

        var rented = length <= 256 ? null : ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Span<byte> scratch = rented ?? stackalloc byte[256];
            var written = CopyUnescaped(scratch);
            return encoding.GetString(scratch[..written]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>True when the unescaped value equals <paramref name="other"/> (ordinal, bytes).</summary>
    public readonly bool ValueTextEquals(ReadOnlySpan<byte> other)
    {
        if (!ValueIsEscaped && !_hasValueSequence)
        {
            return ValueSpan.SequenceEqual(other);
        }

        if (ValueLength > 256 || ValueLength < other.Length)
        {
            return false;
        }

        Span<byte> scratch = stackalloc byte[256];
        var written = CopyUnescaped(scratch);
        return scratch[..written].SequenceEqual(other);
    }

    /// <summary>Copies the raw value into <paramref name="destination"/> and returns the copied part.</summary>
    private readonly Span<byte> CopyRaw(Span<byte> destination)
    {
        if (_hasValueSequence)
        {
            _valueSequence.CopyTo(destination);
        }
        else
        {
            ValueSpan.CopyTo(destination);
        }

        return destination[..ValueLength];
    }

    /// <summary>
    /// Removes release characters (keeping what they release) and line breaks, in place. A release
    /// character that ends the input releases nothing and is dropped too (validation reports it, EDI0006).
    /// </summary>
    private readonly int Unescape(Span<byte> value)
    {
        var written = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var b = value[i];
            if (b == _release && _hasRelease)
            {
                if (i + 1 < value.Length)
                {
                    value[written++] = value[++i];
                }

                continue;
            }

            if (b is CarriageReturn or LineFeed)
            {
                continue;
            }

            value[written++] = b;
        }

        return written;
    }
}
