using System.Globalization;

namespace UniPass.Gateway.Messages.Wco.Xml.Internal;

/// <summary>
/// WCO DM <c>DateTimeString</c> values with their UN/EDIFACT 2379 format code: 304
/// (<c>CCYYMMDDHHMMSS</c> followed by a zone: <c>Z</c>, <c>±HH</c> or <c>±HHMM</c>) and 102 (<c>CCYYMMDD</c>).
/// </summary>
internal static class WcoDateTime
{
    public const string DateTimeWithZone = "304";
    public const string DateOnlyFormat = "102";
    private const int DateTimeDigits = 14;
    private const int DateDigits = 8;

    public static bool TryParse(string text, string? formatCode, out DateTimeOffset value)
    {
        value = default;
        if (formatCode == DateOnlyFormat || (formatCode is null && text.Length == DateDigits))
        {
            if (DateTime.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                value = new DateTimeOffset(date, TimeSpan.Zero);
                return true;
            }

            return false;
        }

        if (text.Length < DateTimeDigits || !DateTime.TryParseExact(text.AsSpan(0, DateTimeDigits), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        var zone = text.AsSpan(DateTimeDigits);
        TimeSpan offset;
        if (zone.IsEmpty || zone is "Z")
        {
            offset = TimeSpan.Zero;
        }
        else if ((zone[0] == '+' || zone[0] == '-') && (zone.Length == 3 || zone.Length == 5)
            && int.TryParse(zone.Slice(1, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            && (zone.Length == 3 ? 0 : int.Parse(zone.Slice(3, 2), NumberStyles.None, CultureInfo.InvariantCulture)) is var minutes
            && hours <= 14 && minutes < 60)
        {
            offset = new TimeSpan(hours, minutes, 0);
            if (zone[0] == '-')
            {
                offset = -offset;
            }
        }
        else
        {
            return false;
        }

        value = new DateTimeOffset(local, offset);
        return true;
    }

    /// <summary>Formats as code 304 keeping the offset: <c>Z</c> for UTC, <c>±HH</c> or <c>±HHMM</c> otherwise.</summary>
    public static string Format(DateTimeOffset value)
    {
        var stamp = value.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        if (value.Offset == TimeSpan.Zero)
        {
            return stamp + "Z";
        }

        var sign = value.Offset < TimeSpan.Zero ? "-" : "+";
        var abs = value.Offset.Duration();
        return abs.Minutes == 0
            ? stamp + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture)
            : stamp + sign + abs.Hours.ToString("00", CultureInfo.InvariantCulture) + abs.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
