namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>Reads back the segment of an EDIFACT location as diagnostics write it: <c>23(DOC):1:1</c>.</summary>
internal static class EdifactLocation
{
    public static bool TryParse(string? location, out string tag, out int segmentIndex)
    {
        tag = string.Empty;
        segmentIndex = 0;
        if (location is null)
        {
            return false;
        }

        var open = location.IndexOf('(', StringComparison.Ordinal);
        if (open <= 0 || open + 4 >= location.Length || location[open + 4] != ')'
            || !int.TryParse(location.AsSpan(0, open), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out segmentIndex))
        {
            return false;
        }

        tag = location.Substring(open + 1, 3);
        return tag.All(char.IsAsciiLetterUpper);
    }
}
