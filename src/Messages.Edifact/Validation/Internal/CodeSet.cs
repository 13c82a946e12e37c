using System.Collections.Frozen;
using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// A code list compiled for byte lookups: values of up to seven bytes (nearly all UNCL codes)
/// are packed with their length into a <see cref="ulong"/>, longer ones go through the list's
/// strings. No allocation per lookup.
/// </summary>
internal sealed class CodeSet
{
    private const int MaxPackedLength = 7;
    private const int MaxLongLength = 64;

    private readonly FrozenSet<ulong> _packed;
    private readonly CodeList _list;
    private readonly bool _hasLongCodes;

    public CodeSet(CodeList list)
    {
        _list = list;
        var packed = new HashSet<ulong>();
        Span<byte> bytes = stackalloc byte[MaxPackedLength];
        foreach (var value in list.Values)
        {
            if (value.Length <= MaxPackedLength && Ascii.IsValid(value))
            {
                var length = Encoding.ASCII.GetBytes(value, bytes);
                packed.Add(Pack(bytes[..length]));
            }
            else
            {
                _hasLongCodes = true;
            }
        }

        _packed = packed.ToFrozenSet();
    }

    public string ElementId => _list.ElementId;

    /// <summary>True when <paramref name="value"/> (unescaped bytes) is one of the codes.</summary>
    public bool Contains(ReadOnlySpan<byte> value)
    {
        if (value.Length <= MaxPackedLength)
        {
            return _packed.Contains(Pack(value));
        }

        if (!_hasLongCodes || value.Length > MaxLongLength)
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

    private static ulong Pack(ReadOnlySpan<byte> value)
    {
        ulong packed = (ulong)value.Length << 56;
        for (var i = 0; i < value.Length; i++)
        {
            packed |= (ulong)value[i] << (8 * i);
        }

        return packed;
    }
}
