using System.Globalization;
using System.Text.RegularExpressions;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>
/// Reads the segment table of one message file (UNTDID Part 4 §2.6 "Segment table"). Three
/// layouts occur: D93A-D95A (no positions, <c>--- Segment Group 1 ---- C 1 ---+</c>), D94A-D99B
/// (4-digit positions, CP437 box drawing) and D00A on (ASCII boxes; 5-digit positions from D11B).
/// Nesting is read from the box drawing on the right: each <c>+</c>, <c>┘</c> or <c>┴</c> after a
/// segment closes one group.
/// </summary>
internal static partial class SegmentTableParser
{
    private const string MessageHeaderTag = "UNH";
    private const string MessageTrailerTag = "UNT";

    /// <summary>The table of <paramref name="text"/>, or null when the file has none.</summary>
    public static IReadOnlyList<SegmentTableEntry>? Parse(string text)
    {
        var lines = text.Split('\n');
        var start = Array.FindIndex(lines, l => l.Contains(MessageHeaderTag, StringComparison.Ordinal) && SegmentLine().Match(l) is { Success: true } m && m.Groups["tag"].Value == MessageHeaderTag);
        if (start < 0)
        {
            return null;
        }

        var root = new List<SegmentTableEntry>();
        var stack = new List<(List<SegmentTableEntry> Entries, Match Header, int Synthesized)>();
        var current = root;
        var synthesized = 0;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var group = GroupLine().Match(line);
            if (group.Success)
            {
                synthesized += 10;
                stack.Add((current, group, synthesized));
                current = [];
                continue;
            }

            var segment = SegmentLine().Match(line);
            if (!segment.Success)
            {
                continue;
            }

            synthesized += 10;
            var tag = segment.Groups["tag"].Value;
            current.Add(new SegmentEntry(Position(segment, synthesized), tag, Status(segment), Repeats(segment)));
            foreach (var c in segment.Groups["trail"].ValueSpan)
            {
                // Published tables close one group too many now and then (D99B BOPBNK 0310, D09A GOVCBR 9600): the surplus closes nothing.
                if (c is '+' or '┘' or '┴' && stack.Count > 0)
                {
                    var (outer, header, opened) = stack[^1];
                    stack.RemoveAt(stack.Count - 1);
                    outer.Add(new SegmentGroupEntry(
                        Position(header, opened),
                        int.Parse(header.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture),
                        Status(header),
                        Repeats(header),
                        current));
                    current = outer;
                }
            }

            if (tag == MessageTrailerTag)
            {
                break;
            }
        }

        return root;
    }

    private static string Position(Match match, int synthesized) => match.Groups["pos"].Success
        ? match.Groups["pos"].Value
        : synthesized.ToString("D4", CultureInfo.InvariantCulture);

    private static UsageStatus Status(Match match) => match.Groups["status"].ValueSpan[0] == 'M' ? UsageStatus.Mandatory : UsageStatus.Conditional;

    private static int Repeats(Match match) => int.Parse(match.Groups["repeats"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    // "0100 + DTM Date/time/period    C   9  ───┘│": position, change indicator, tag, name, status, repeats, boxes.
    [GeneratedRegex(@"^(?>\s*)(?:(?<pos>[0-9]{4,5})(?>\s+))?(?:[+*#|XS-]+(?>\s*))?(?<tag>[A-Z]{3})\s+\S.*?\s(?<status>[MC])\s+(?<repeats>[0-9]+)(?<trail>.*)$")]
    private static partial Regex SegmentLine();

    // "0050  ───── Segment group 1  ───── C   5 ───┐", "--- Segment Group 1 ----- C      1 ------+".
    [GeneratedRegex(@"^(?>\s*)(?:(?<pos>[0-9]{4,5})(?>\s+))?(?:[+*#|XS]+(?>\s*))?(?>[\s\-─]*)Segment [Gg]roup\s+(?<number>[0-9]+)(?>[\s\-─]*)(?<status>[MC])\s+(?<repeats>[0-9]+)")]
    private static partial Regex GroupLine();
}
