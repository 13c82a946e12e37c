using System.Collections.Frozen;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// The date/time formats of UNCL 2379 (DTM C507) that a value can be checked against: each is a
/// mask of fixed-width fields (<c>CCYYMMDDHHMM</c>). A period's mask is written with a hyphen,
/// but the value carries no hyphen (UNCL 2379, codes 713, 717-719: "to be given without
/// hyphen"). Codes for partial values (a week, a semester), quantities (801 and up) and forms not
/// listed here are not checked.
/// </summary>
internal static class DateTimeFormats
{
    private static readonly FrozenDictionary<int, Format> s_formats = new Dictionary<int, Format>
    {
        [2] = new("DDMMYY"),
        [3] = new("MMDDYY"),
        [4] = new("DDMMCCYY"),
        [5] = new("DDMMCCYYHHMM"),
        [101] = new("YYMMDD"),
        [102] = new("CCYYMMDD"),
        [106] = new("MMDD"),
        [201] = new("YYMMDDHHMM"),
        [202] = new("YYMMDDHHMMSS"),
        [203] = new("CCYYMMDDHHMM"),
        [204] = new("CCYYMMDDHHMMSS"),
        [205] = new("CCYYMMDDHHMMZHHMM"),
        [206] = new("YYMMDDHHMMZHHMM"),
        [207] = new("YYMMDDHHMMSSZHHMM"),
        [208] = new("CCYYMMDDHHMMSSZHHMM"),
        [209] = new("HHMMSSZHHMM"),
        [301] = new("YYMMDDHHMMZZZ"),
        [302] = new("YYMMDDHHMMSSZZZ"),
        [303] = new("CCYYMMDDHHMMZZZ"),
        [304] = new("CCYYMMDDHHMMSSZZZ"),
        [305] = new("MMDDHHMM"),
        [306] = new("DDHHMM"),
        [401] = new("HHMM"),
        [402] = new("HHMMSS"),
        [404] = new("HHMMSSZZZ"),
        [406] = new("ZHHMM"),
        [501] = new("HHMMHHMM"),
        [502] = new("HHMMSS-HHMMSS"),
        [602] = new("CCYY"),
        [609] = new("YYMM"),
        [610] = new("CCYYMM"),
        [701] = new("YY-YY"),
        [702] = new("CCYY-CCYY"),
        [709] = new("YYMM-YYMM"),
        [710] = new("CCYYMM-CCYYMM"),
        [713] = new("YYMMDDHHMM-YYMMDDHHMM"),
        [717] = new("YYMMDD-YYMMDD"),
        [718] = new("CCYYMMDD-CCYYMMDD"),
        [719] = new("CCYYMMDDHHMM-CCYYMMDDHHMM"),
    }.ToFrozenDictionary();

    /// <summary>Finds the mask of the 2379 code <paramref name="code"/>; false when the code's values are not checked.</summary>
    public static bool TryGetMask(ReadOnlySpan<byte> code, out string mask)
    {
        mask = string.Empty;
        if (!TryParseCode(code, out var number) || !s_formats.TryGetValue(number, out var format))
        {
            return false;
        }

        mask = format.Mask;
        return true;
    }

    /// <summary>True when <paramref name="value"/> is a date/time in the format of 2379 code <paramref name="code"/> (or the code is not checked).</summary>
    public static bool IsValid(ReadOnlySpan<byte> code, ReadOnlySpan<byte> value)
    {
        if (!TryParseCode(code, out var number) || !s_formats.TryGetValue(number, out var format))
        {
            return true;
        }

        if (value.Length != format.Length)
        {
            return false;
        }

        var whole = value;
        foreach (var part in format.Parts)
        {
            var width = Width(part);
            if (!IsValid(part, value[..width]))
            {
                return false;
            }

            value = value[width..];
        }

        // A period of full dates (CCYY first: every field more significant than the next) ends no earlier
        // than it starts ("the start ... followed by the end", UNCL 2379). Two-digit years may wrap a century
        // and time ranges midnight, so those are not compared.
        if (format.IsOrderedPeriod)
        {
            var half = whole.Length / 2;
            return whole[half..].SequenceCompareTo(whole[..half]) >= 0;
        }

        return true;
    }

    private static int Width(Field[] part)
    {
        var width = 0;
        foreach (var field in part)
        {
            width += field.Width;
        }

        return width;
    }

    private static bool TryParseCode(ReadOnlySpan<byte> code, out int number)
    {
        number = 0;
        if (code.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var b in code)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }

    /// <summary>One date/time (half a period): every field in range, the day within its month.</summary>
    private static bool IsValid(Field[] part, ReadOnlySpan<byte> value)
    {
        int year = -1, month = -1, day = -1, hour = -1, minute = 0, second = 0;
        var twoDigitYear = false;
        var at = 0;
        foreach (var field in part)
        {
            var text = value.Slice(at, field.Width);
            at += field.Width;
            switch (field.Kind)
            {
                case FieldKind.Sign:
                    if (text[0] is not ((byte)'+' or (byte)'-'))
                    {
                        return false;
                    }

                    continue;
                case FieldKind.Zone:
                    // Three characters the directory leaves open: a signed hour (+01) or letters (UTC, CET).
                    if (!IsZone(text))
                    {
                        return false;
                    }

                    continue;
            }

            if (!TryDigits(text, out var number))
            {
                return false;
            }

            switch (field.Kind)
            {
                case FieldKind.Year4:
                    year = number;
                    break;
                case FieldKind.Year2:
                    year = number;
                    twoDigitYear = true;
                    break;
                case FieldKind.Month when number is < 1 or > 12:
                    return false;
                case FieldKind.Month:
                    month = number;
                    break;
                case FieldKind.Day when number is < 1 or > 31:
                    return false;
                case FieldKind.Day:
                    day = number;
                    break;
                case FieldKind.Hour when number > 24:
                    return false;
                case FieldKind.Hour:
                    hour = number;
                    break;
                case FieldKind.Minute when number > 59:
                case FieldKind.Second when number > 59:
                    return false;
                case FieldKind.Minute:
                    minute = number;
                    break;
                case FieldKind.Second:
                    second = number;
                    break;
                case FieldKind.OffsetHours when number > 23:
                case FieldKind.OffsetMinutes when number > 59:
                    return false;
            }
        }

        // 2400 ends a day (ISO 8601); nothing later.
        if (hour == 24 && (minute != 0 || second != 0))
        {
            return false;
        }

        return day < 0 || month < 0 || day <= DaysIn(month, year, twoDigitYear);
    }

    private static int DaysIn(int month, int year, bool twoDigitYear)
    {
        if (month != 2)
        {
            return month is 4 or 6 or 9 or 11 ? 30 : 31;
        }

        // A two-digit year names no century: 00 may be 2000 (leap) or 1900 (not), so any multiple of 4 may be
        // leap; without a year (MMDD) February may have 29 days.
        var leap = year < 0 || (twoDigitYear ? year % 4 == 0 : DateTime.IsLeapYear(Math.Max(1, year)));
        return leap ? 29 : 28;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int number)
    {
        number = 0;
        foreach (var b in text)
        {
            if ((uint)(b - '0') > 9)
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }

    private static bool IsZone(ReadOnlySpan<byte> text)
    {
        if (text[0] is (byte)'+' or (byte)'-')
        {
            return TryDigits(text[1..], out var hours) && hours <= 23;
        }

        foreach (var b in text)
        {
            if (b is < (byte)'A' or > (byte)'Z')
            {
                return false;
            }
        }

        return true;
    }

    private enum FieldKind : byte
    {
        Year4,
        Year2,
        Month,
        Day,
        Hour,
        Minute,
        Second,
        Sign,
        OffsetHours,
        OffsetMinutes,
        Zone,
    }

    private readonly record struct Field(FieldKind Kind, int Width);

    /// <summary>A mask split into its fields; a period (<c>A-B</c>) has two parts.</summary>
    private sealed class Format
    {
        public Format(string mask)
        {
            Mask = mask;
            Parts = mask.Split('-').Select(Parse).ToArray();
            Length = Parts.Sum(Width);
            IsOrderedPeriod = Parts.Length == 2 && Parts[0].SequenceEqual(Parts[1]) && Parts[0][0].Kind == FieldKind.Year4;
        }

        /// <summary>A period of two values of the same shape, each led by a four-digit year: its end can be compared with its start.</summary>
        public bool IsOrderedPeriod { get; }

        public string Mask { get; }

        public Field[][] Parts { get; }

        public int Length { get; }

        private static Field[] Parse(string mask)
        {
            var fields = new List<Field>();
            var afterSign = false;
            for (var i = 0; i < mask.Length;)
            {
                var rest = mask.AsSpan(i);
                Field field;
                if (rest.StartsWith("CCYY", StringComparison.Ordinal))
                {
                    field = new(FieldKind.Year4, 4);
                }
                else if (rest.StartsWith("ZZZ", StringComparison.Ordinal))
                {
                    field = new(FieldKind.Zone, 3);
                }
                else if (rest.StartsWith("Z", StringComparison.Ordinal))
                {
                    field = new(FieldKind.Sign, 1);
                    afterSign = true;
                }
                else if (rest.StartsWith("HH", StringComparison.Ordinal))
                {
                    field = new(afterSign ? FieldKind.OffsetHours : FieldKind.Hour, 2);
                }
                else if (rest.StartsWith("MM", StringComparison.Ordinal))
                {
                    // MM after HH is minutes; otherwise it is the month.
                    var previous = fields.Count > 0 ? fields[^1].Kind : FieldKind.Year4;
                    field = previous switch
                    {
                        FieldKind.Hour => new(FieldKind.Minute, 2),
                        FieldKind.OffsetHours => new(FieldKind.OffsetMinutes, 2),
                        _ => new(FieldKind.Month, 2),
                    };
                }
                else if (rest.StartsWith("YY", StringComparison.Ordinal))
                {
                    field = new(FieldKind.Year2, 2);
                }
                else if (rest.StartsWith("DD", StringComparison.Ordinal))
                {
                    field = new(FieldKind.Day, 2);
                }
                else if (rest.StartsWith("SS", StringComparison.Ordinal))
                {
                    field = new(FieldKind.Second, 2);
                }
                else
                {
                    throw new ArgumentException($"Unknown field in date/time mask '{mask}' at {i}.", nameof(mask));
                }

                fields.Add(field);
                i += field.Width;
            }

            return fields.ToArray();
        }
    }
}
