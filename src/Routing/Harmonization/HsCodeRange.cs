using UniPass.Gateway.Messages.Wco.Model;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// An inclusive range of HS chapters (2 digits), headings (4) or subheadings (6), as the agency catalogue
/// writes it: <c>44</c>, <c>06-14</c>, <c>8525-8529</c>, <c>382471-382479</c>. A commodity code falls in the
/// range when its leading digits of that length do (HS Nomenclature, General Interpretative Rule 6: codes
/// nest by their leading digits).
/// </summary>
public readonly record struct HsCodeRange
{
    private const char RangeSeparator = '-';

    private HsCodeRange(string from, string to)
    {
        From = from;
        To = to;
    }

    public string From { get; }

    public string To { get; }

    /// <summary>2, 4 or 6: how many leading digits of a commodity code are compared.</summary>
    public int Digits => From.Length;

    public bool Contains(HsCode code)
    {
        if (code.Value is not { } value || value.Length < Digits)
        {
            return false;
        }

        var prefix = value.AsSpan(0, Digits);
        return prefix.CompareTo(From, StringComparison.Ordinal) >= 0 && prefix.CompareTo(To, StringComparison.Ordinal) <= 0;
    }

    public static bool TryParse(string? text, out HsCodeRange range, out string? error)
    {
        range = default;
        if (string.IsNullOrEmpty(text))
        {
            error = "expected an HS chapter, heading or subheading (2, 4 or 6 digits) or a range of them such as 06-14";
            return false;
        }

        var separator = text.IndexOf(RangeSeparator);
        var from = separator < 0 ? text : text[..separator];
        var to = separator < 0 ? text : text[(separator + 1)..];
        if (!IsPart(from) || !IsPart(to))
        {
            error = "expected an HS chapter, heading or subheading (2, 4 or 6 digits) or a range of them such as 06-14";
            return false;
        }

        if (from.Length != to.Length)
        {
            error = $"both ends of a range must have the same number of digits ('{from}' has {from.Length}, '{to}' has {to.Length})";
            return false;
        }

        if (string.CompareOrdinal(from, to) > 0)
        {
            error = $"the range starts after it ends ('{from}' > '{to}')";
            return false;
        }

        // HS chapters run from 01 to 97 (chapter 77 is reserved for future use).
        if (Chapter(from) is < 1 or > 97 || Chapter(to) is < 1 or > 97)
        {
            error = "HS chapters run from 01 to 97";
            return false;
        }

        range = new HsCodeRange(from, to);
        error = null;
        return true;
    }

    public override string ToString() => From == To ? From : From + RangeSeparator + To;

    private static bool IsPart(string part) => part.Length is 2 or 4 or 6 && part.All(char.IsAsciiDigit);

    private static int Chapter(string part) => ((part[0] - '0') * 10) + (part[1] - '0');
}
