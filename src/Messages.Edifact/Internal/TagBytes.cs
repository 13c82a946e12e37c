using System.Runtime.CompilerServices;
using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Internal;

/// <summary>
/// A segment tag of up to eight bytes (release characters removed) held in a <see cref="ulong"/>,
/// first byte lowest, so that a segment start costs no copy into a buffer and a tag compare is
/// one integer compare.
/// </summary>
internal static class TagBytes
{
    /// <summary>Tags longer than this are not kept (no valid tag is; the envelope reports them from the token).</summary>
    public const int MaxLength = 8;

    /// <summary>"UN" in the two low bytes: the prefix of every service segment tag.</summary>
    public const ulong ServicePrefix = 'U' | ('N' << 8);

    /// <summary>The tag of the reader's segment start; 0 bytes when it is longer than <see cref="MaxLength"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Read(ref EdifactReader reader, out ulong bits)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence)
        {
            var span = reader.ValueSpan;
            if (span.Length == 3)
            {
                bits = span[0] | ((ulong)span[1] << 8) | ((ulong)span[2] << 16);
                return 3;
            }

            if (span.Length <= MaxLength)
            {
                bits = Pack(span);
                return span.Length;
            }

            bits = 0;
            return 0;
        }

        return ReadEscaped(ref reader, out bits);
    }

    /// <summary>Packs up to eight bytes.</summary>
    public static ulong Pack(ReadOnlySpan<byte> tag)
    {
        ulong bits = 0;
        for (var i = 0; i < tag.Length && i < MaxLength; i++)
        {
            bits |= (ulong)tag[i] << (8 * i);
        }

        return bits;
    }

    /// <summary>Packs a three-letter tag written in ASCII.</summary>
    public static ulong Pack(string tag)
    {
        ulong bits = 0;
        for (var i = 0; i < tag.Length && i < MaxLength; i++)
        {
            bits |= (ulong)(byte)tag[i] << (8 * i);
        }

        return bits;
    }

    /// <summary>The first <paramref name="length"/> bytes of <paramref name="bits"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Truncate(ulong bits, int length) => length >= MaxLength ? bits : bits & ((1UL << (8 * length)) - 1);

    /// <summary>The byte at <paramref name="index"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte At(ulong bits, int index) => (byte)(bits >> (8 * index));

    /// <summary>True for exactly three upper-case letters or digits (ISO 9735-1 §9.2).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTag(ulong bits, int length) =>
        length == 3 && IsTagByte(At(bits, 0)) && IsTagByte(At(bits, 1)) && IsTagByte(At(bits, 2));

    /// <summary>The tag as text, each byte one character (Latin-1), as diagnostics show it.</summary>
    public static string ToText(ulong bits, int length)
    {
        Span<byte> bytes = stackalloc byte[MaxLength];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = At(bits, i);
        }

        return Encoding.Latin1.GetString(bytes[..length]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsTagByte(byte b) => (uint)(b - 'A') <= 'Z' - 'A' || (uint)(b - '0') <= 9;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ReadEscaped(ref EdifactReader reader, out ulong bits)
    {
        if (reader.ValueLength > MaxLength)
        {
            bits = 0;
            return 0;
        }

        Span<byte> tag = stackalloc byte[MaxLength];
        var length = reader.CopyUnescaped(tag);
        bits = Pack(tag[..length]);
        return length;
    }
}
