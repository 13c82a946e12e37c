using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// Stateless checks of one data element value (unescaped bytes) against its representation
/// (ISO 9735-1 §9 and §10; UNTDID Part 4 representation <c>a</c>, <c>n</c>, <c>an</c>, fixed or up-to length).
/// </summary>
internal static class DataValue
{
    private const byte Minus = (byte)'-';
    private const byte FullStop = (byte)'.';
    private const byte Comma = (byte)',';

    /// <summary>Checks <paramref name="value"/>; <paramref name="at"/> is the index of the offending byte for character faults.</summary>
    /// <param name="value">The value without release characters; not empty.</param>
    /// <param name="format">The representation.</param>
    /// <param name="decimalMark">The decimal mark in force (UNA position 3, or <c>.</c>).</param>
    /// <param name="eitherDecimalMark">Syntax version 4 accepts both comma and full stop (ISO 9735-1:2002 §10.1).</param>
    /// <param name="utf8">The interchange's character set is UTF-8 (levels W and Y): lengths count characters, not bytes.</param>
    /// <param name="length">The length as the representation counts it: digits only for <c>n</c> (§10: sign and decimal mark are not counted).</param>
    /// <param name="at">For character and number faults, the index of the offending byte.</param>
    public static ValueFault Check(ReadOnlySpan<byte> value, DataElementFormat format, byte decimalMark, bool eitherDecimalMark, bool utf8, out int length, out int at)
    {
        at = 0;
        ValueFault fault;
        switch (format.Class)
        {
            case CharacterClass.Numeric:
                fault = CheckNumber(value, decimalMark, eitherDecimalMark, out length, out at);
                if (fault != ValueFault.None)
                {
                    return fault;
                }

                break;
            case CharacterClass.Alphabetic:
                // 0085 code 37: numeric characters in an alphabetic data element.
                at = value.IndexOfAnyInRange((byte)'0', (byte)'9');
                if (at >= 0)
                {
                    length = Count(value, utf8);
                    return ValueFault.InvalidCharacterType;
                }

                at = 0;
                length = Count(value, utf8);
                break;
            default:
                length = Count(value, utf8);
                break;
        }

        if (length > format.MaxLength)
        {
            return ValueFault.TooLong;
        }

        return format.IsFixedLength && length < format.MinLength ? ValueFault.TooShort : ValueFault.None;
    }

    /// <summary>
    /// ISO 9735-1 §10: digits, an optional leading minus sign, at most one decimal mark with at
    /// least one digit before it and after it; no triad separators, no plus sign. Before version
    /// 4 the decimal mark is the one the interchange announced (UNA position 3, default full stop).
    /// </summary>
    private static ValueFault CheckNumber(ReadOnlySpan<byte> value, byte decimalMark, bool eitherDecimalMark, out int digits, out int at)
    {
        digits = 0;
        var start = value[0] == Minus ? 1 : 0;
        var markAt = -1;
        for (var i = start; i < value.Length; i++)
        {
            var b = value[i];
            if ((uint)(b - '0') <= 9)
            {
                digits++;
                continue;
            }

            at = i;
            var isMark = b == decimalMark || (eitherDecimalMark && b is FullStop or Comma);
            if (isMark)
            {
                if (markAt >= 0)
                {
                    return ValueFault.SecondDecimalMark;
                }

                if (digits == 0)
                {
                    return ValueFault.MissingDigitBeforeDecimalMark;
                }

                markAt = i;
                continue;
            }

            if (b is FullStop or Comma)
            {
                return ValueFault.InvalidDecimalMark;
            }

            return b == Minus ? ValueFault.MisplacedSign : ValueFault.InvalidCharacterType;
        }

        if (digits == 0)
        {
            at = 0;
            return ValueFault.NoDigits;
        }

        if (markAt == value.Length - 1)
        {
            at = markAt;
            return ValueFault.NoDigitAfterDecimalMark;
        }

        at = 0;
        return ValueFault.None;
    }

    /// <summary>Characters in <paramref name="value"/>: bytes, or UTF-8 sequences (continuation bytes not counted).</summary>
    private static int Count(ReadOnlySpan<byte> value, bool utf8)
    {
        if (!utf8)
        {
            return value.Length;
        }

        var count = 0;
        foreach (var b in value)
        {
            if ((b & 0xC0) != 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
