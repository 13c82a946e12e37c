using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// A code list compiled for byte lookups: values of up to seven bytes (nearly all UNCL codes)
/// are packed with their length into a <see cref="ulong"/> and found in an open-addressing table
/// (a multiply-shift hash, at most half full, linear probing), longer ones go through the list's
/// strings. No allocation per lookup.
/// </summary>
internal sealed class CodeSet
{
    private const int MaxPackedLength = 7;
    private const int MaxLongLength = 64;
    private const ulong HashMultiplier = 0x9E3779B97F4A7C15UL;

    // Packed codes; 0 is an empty slot (a packed code holds its length, which is at least 1).
    private readonly ulong[] _table;
    private readonly int _shift;
    private readonly CodeList _list;
    private readonly bool _hasLongCodes;

    public CodeSet(CodeList list)
    {
        _list = list;
        var packed = new HashSet<ulong>();
        Span<byte> bytes = stackalloc byte[MaxPackedLength];
        foreach (var value in list.Values)
        {
            if (value.Length is > 0 and <= MaxPackedLength && Ascii.IsValid(value))
            {
                var length = Encoding.ASCII.GetBytes(value, bytes);
                packed.Add(Pack(bytes[..length]));
            }
            else
            {
                _hasLongCodes |= value.Length > MaxPackedLength;
            }
        }

        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, packed.Count * 2));
        _table = new ulong[size];
        _shift = 64 - BitOperations.Log2((uint)size);
        foreach (var code in packed)
        {
            var slot = Slot(code);
            while (_table[slot] != 0)
            {
                slot = (slot + 1) & (_table.Length - 1);
            }

            _table[slot] = code;
        }
    }

    public string ElementId => _list.ElementId;

    /// <summary>True when <paramref name="value"/> (unescaped bytes) is one of the codes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<byte> value)
    {
        if (value.Length <= MaxPackedLength && !value.IsEmpty)
        {
            var code = Pack(value);
            var table = _table;
            var slot = Slot(code);
            while (true)
            {
                var found = table[slot];
                if (found == code)
                {
                    return true;
                }

                if (found == 0)
                {
                    return false;
                }

                slot = (slot + 1) & (table.Length - 1);
            }
        }

        return ContainsLong(value);
    }

    private bool ContainsLong(ReadOnlySpan<byte> value)
    {
        if (!_hasLongCodes || value.Length > MaxLongLength || value.IsEmpty)
        {
            return false;
        }

        // Codes are ASCII: a byte outside it matches nothing, whatever the interchange's character set.
        Span<char> text = stackalloc char[MaxLongLength];
        for (var i = 0; i < value.Length; i++)
        {
            text[i] = (char)value[i];
        }

        return _list.Contains(text[..value.Length]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong code) => (int)((code * HashMultiplier) >> _shift);

    /// <summary>The value's bytes and its length (top byte); one to seven bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Pack(ReadOnlySpan<byte> value)
    {
        ulong packed = (ulong)value.Length << 56;
        if (value.Length >= 4)
        {
            // Two overlapping 4-byte reads cover five to seven bytes; overlapping bytes are the same.
            var low = BinaryPrimitives.ReadUInt32LittleEndian(value);
            var high = BinaryPrimitives.ReadUInt32LittleEndian(value[^4..]);
            return packed | low | ((ulong)high << (8 * (value.Length - 4)));
        }

        packed |= value[0];
        if (value.Length > 1)
        {
            packed |= (ulong)value[1] << 8;
            if (value.Length > 2)
            {
                packed |= (ulong)value[2] << 16;
            }
        }

        return packed;
    }
}
