namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>How a two-digit year (formats 101, 201, 202) is given its century.</summary>
internal enum CenturyRule
{
    /// <summary>The date lies within fifty years either side of the reference date (expiry, departure).</summary>
    Nearest,

    /// <summary>The date is not after the reference date (a birth date).</summary>
    NotAfter,
}

/// <summary>
/// A DTM value (C507 2380) read by its format (2379, UNCL 2379): the date, the time when the format
/// has one, and the UTC offset when the format states it (205).
/// </summary>
internal readonly record struct EdifactDateTime(DateOnly Date, TimeOnly? Time, TimeSpan? Offset)
{
    /// <summary>The formats read: 101 YYMMDD, 102 CCYYMMDD, 201 YYMMDDHHMM, 202 YYMMDDHHMMSS, 203 CCYYMMDDHHMM, 204 CCYYMMDDHHMMSS, 205 CCYYMMDDHHMMZHHMM.</summary>
    public const string SupportedFormats = "101, 102, 201, 202, 203, 204, 205";

    /// <summary>True for a 2379 format <see cref="TryParse"/> reads.</summary>
    public static bool IsSupported(int format) => format is 101 or 102 or 201 or 202 or 203 or 204 or 205;

    /// <summary>The local date and time, of unspecified kind (midnight for a date).</summary>
    public DateTime Local => Date.ToDateTime(Time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);

    /// <summary>
    /// The instant: with the stated offset, or read as UTC when the format states none (EDIFACT dates
    /// carry no zone unless the format says so; the canonical model keeps instants).
    /// </summary>
    public DateTimeOffset Instant => new(Local, Offset ?? TimeSpan.Zero);

    /// <summary>
    /// Reads <paramref name="value"/> in <paramref name="format"/> (empty: inferred from the length, as
    /// the API guidelines allow for DTM+329 and DTM+36: 6 digits 101, 8 digits 102, 10 digits 201, 12 digits 203).
    /// </summary>
    /// <param name="value">The digits of 2380.</param>
    /// <param name="format">The 2379 code, or empty.</param>
    /// <param name="reference">The date two-digit years are judged against, or null for the 1950-2049 window.</param>
    /// <param name="century">How a two-digit year gets its century.</param>
    /// <param name="result">The value read.</param>
    /// <param name="formatUsed">The format code applied (for the diagnostic); 0 when none could be told.</param>
    public static bool TryParse(ReadOnlySpan<byte> value, ReadOnlySpan<byte> format, DateOnly? reference, CenturyRule century, out EdifactDateTime result, out int formatUsed)
    {
        result = default;
        formatUsed = format.Length == 0 ? Infer(value.Length) : format.Length == 3 && TryNumber(format, out var code) ? code : 0;
        switch (formatUsed)
        {
            case 101 when value.Length == 6:
                return TryBuild(value, twoDigitYear: true, hasTime: false, hasSeconds: false, reference, century, out result);
            case 102 when value.Length == 8:
                return TryBuild(value, twoDigitYear: false, hasTime: false, hasSeconds: false, reference, century, out result);
            case 201 when value.Length == 10:
                return TryBuild(value, twoDigitYear: true, hasTime: true, hasSeconds: false, reference, century, out result);
            case 202 when value.Length == 12:
                return TryBuild(value, twoDigitYear: true, hasTime: true, hasSeconds: true, reference, century, out result);
            case 203 when value.Length == 12:
                return TryBuild(value, twoDigitYear: false, hasTime: true, hasSeconds: false, reference, century, out result);
            case 204 when value.Length == 14:
                return TryBuild(value, twoDigitYear: false, hasTime: true, hasSeconds: true, reference, century, out result);
            case 205 when value.Length == 17 && value[12] is (byte)'+' or (byte)'-':
                if (!TryBuild(value[..12], twoDigitYear: false, hasTime: true, hasSeconds: false, reference, century, out result)
                    || !TryNumber(value.Slice(13, 2), out var hours) || !TryNumber(value.Slice(15, 2), out var minutes) || hours > 14 || minutes > 59)
                {
                    return false;
                }

                var offset = new TimeSpan(hours, minutes, 0);
                result = result with { Offset = value[12] == (byte)'-' ? -offset : offset };
                return true;
            default:
                return false;
        }
    }

    private static int Infer(int length) => length switch
    {
        6 => 101,
        8 => 102,
        10 => 201,
        12 => 203,
        14 => 204,
        _ => 0,
    };

    private static bool TryBuild(ReadOnlySpan<byte> digits, bool twoDigitYear, bool hasTime, bool hasSeconds, DateOnly? reference, CenturyRule century, out EdifactDateTime result)
    {
        result = default;
        var at = twoDigitYear ? 2 : 4;
        if (!TryNumber(digits[..at], out var year) || !TryNumber(digits.Slice(at, 2), out var month) || !TryNumber(digits.Slice(at + 2, 2), out var day))
        {
            return false;
        }

        if (twoDigitYear)
        {
            year = Century(year, month, day, reference, century);
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        TimeOnly? time = null;
        if (hasTime)
        {
            var hour = 0;
            var minute = 0;
            var second = 0;
            if (!TryNumber(digits.Slice(at + 4, 2), out hour) || !TryNumber(digits.Slice(at + 6, 2), out minute)
                || (hasSeconds && !TryNumber(digits.Slice(at + 8, 2), out second)))
            {
                return false;
            }

            // UNCL 2379 allows 2400 for the end of a day; the canonical model keeps it as the next midnight's predecessor.
            if (hour == 24 && minute == 0 && second == 0)
            {
                hour = 23;
                minute = 59;
                second = 59;
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            time = new TimeOnly(hour, minute, second);
        }

        result = new EdifactDateTime(new DateOnly(year, month, day), time, null);
        return true;
    }

    // RFC 5280 §4.1.2.5.1 style window when nothing better is known; otherwise relative to the reference.
    private static int Century(int yy, int month, int day, DateOnly? reference, CenturyRule rule)
    {
        if (reference is not { } r)
        {
            return yy >= 50 ? 1900 + yy : 2000 + yy;
        }

        var candidate = (r.Year / 100 * 100) + yy;
        if (rule == CenturyRule.NotAfter)
        {
            // Compare month and day too: born later in the reference year's century-mate means last century.
            return candidate > r.Year || (candidate == r.Year && (month > r.Month || (month == r.Month && day > r.Day))) ? candidate - 100 : candidate;
        }

        if (candidate - r.Year > 50)
        {
            return candidate - 100;
        }

        return r.Year - candidate > 50 ? candidate + 100 : candidate;
    }

    private static bool TryNumber(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            value = (value * 10) + (b - '0');
        }

        return digits.Length > 0;
    }
}
