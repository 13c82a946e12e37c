using System.Globalization;
using System.Text.RegularExpressions;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>
/// The shape the segment, composite, data element and code list directories share: entries
/// separated by a rule of dashes (<c>-----</c>, CP437 <c>─────</c>), each entry a heading line
/// (<c>* BGM  BEGINNING OF MESSAGE</c>) followed by its description and its lines.
/// </summary>
internal static partial class DirectoryBlocks
{
    private const int MinRuleLength = 20;

    /// <summary>The entries of a directory file: the lines between two rules, without the line ends.</summary>
    public static IEnumerable<List<string>> Split(string text)
    {
        var block = new List<string>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (IsRule(line))
            {
                if (block.Count > 0)
                {
                    yield return block;
                }

                block = [];
                continue;
            }

            block.Add(line);
        }

        if (block.Count > 0)
        {
            yield return block;
        }
    }

    /// <summary>The first non-blank line of the entry (its heading), or null.</summary>
    public static string? Heading(List<string> block) => block.FirstOrDefault(l => l.Length > 0);

    /// <summary>
    /// The element lines of a segment or composite entry: lines that start with a position or a
    /// tag (<c>010    C002 DOCUMENT/MESSAGE NAME    C    1</c>, <c>  1001   Document/message name, coded   C an..3</c>),
    /// with a name wrapped onto the next line joined back, and a flag telling whether a blank line
    /// preceded the line (the end of a composite's component list in a segment entry).
    /// </summary>
    public static IEnumerable<(Match Line, bool AfterBlank)> ElementLines(List<string> block)
    {
        var afterBlank = false;
        string? pending = null;
        foreach (var line in block.Skip(1))
        {
            if (line.Length == 0)
            {
                afterBlank = true;
                pending = null;
                continue;
            }

            var candidate = pending is null ? line : pending + " " + line.TrimStart();
            var match = ElementLine().Match(candidate);
            if (match.Success)
            {
                yield return (match, afterBlank);
                afterBlank = false;
                pending = null;
            }
            else
            {
                // A name too long for its column continues on the next line, where status and representation stand.
                pending = pending is null && ElementStart().IsMatch(line) ? line : null;
            }
        }
    }

    public static ElementReference Reference(Match line) => new(
        line.Groups["id"].Value,
        line.Groups["status"].ValueSpan[0] == 'M' ? UsageStatus.Mandatory : UsageStatus.Conditional,
        line.Groups["repeats"].Success ? int.Parse(line.Groups["repeats"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : 1);

    private static bool IsRule(string line)
    {
        var trimmed = line.AsSpan().Trim();
        return trimmed.Length >= MinRuleLength && !trimmed.ContainsAnyExcept('-', '─');
    }

    // position? change-indicator? id name status repeats? representation?
    [GeneratedRegex(@"^(?<pos>[0-9]{3})?(?>\s*)(?:[+*#|X-]+(?>\s*))?(?<id>[A-Z][0-9]{3}|[0-9]{4})\s+\S.*?\s(?<status>[MC])(?:\s+(?<repeats>[0-9]+))?(?:\s+(?<format>(?:an|a|n)(?:\.\.)?[0-9]+))?$")]
    private static partial Regex ElementLine();

    [GeneratedRegex(@"^(?<pos>[0-9]{3})?(?>\s*)(?:[+*#|X-]+(?>\s*))?(?<id>[A-Z][0-9]{3}|[0-9]{4})\s+\S")]
    private static partial Regex ElementStart();

    /// <summary>The representation of a matched element line (<c>an..35</c>), if present.</summary>
    public static string? Format(Match line) => line.Groups["format"].Success ? line.Groups["format"].Value : null;
}
