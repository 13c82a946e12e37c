using System.Text.RegularExpressions;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>
/// Reads the code lists (UNCL): per coded data element the values, without names and
/// descriptions. After the <c>Repr:</c> line, a value line starts in the left columns (old
/// layout: right-aligned ending in column 9; new layout: column 6), its name follows; names that
/// wrap continue in column 11, descriptions in column 14, notes are skipped to the blank line.
/// Values the change indicator marks as removed (<c>-</c>) are not valid and are left out.
/// </summary>
internal static partial class CodeListParser
{
    private const int MaxValueColumn = 9;
    private const char RemovedIndicator = '-';
    private const string LeadingMarks = "+*#|X- \t";

    public static IEnumerable<CodeList> Parse(string text)
    {
        foreach (var block in DirectoryBlocks.Split(text))
        {
            var heading = DirectoryBlocks.Heading(block);
            var id = heading is null ? null : ElementDirectoryParser.Heading().Match(heading);
            if (id is not { Success: true })
            {
                continue;
            }

            var reprIndex = block.FindIndex(l => ElementDirectoryParser.Representation().IsMatch(l));
            if (reprIndex < 0)
            {
                continue;
            }

            var values = new List<string>();
            var inNote = false;
            foreach (var line in block.Skip(reprIndex + 1))
            {
                if (line.Length == 0)
                {
                    inNote = false;
                    continue;
                }

                if (line.AsSpan().TrimStart(LeadingMarks).StartsWith("Note:", StringComparison.Ordinal))
                {
                    inNote = true;
                    continue;
                }

                var match = ValueLine().Match(line);
                // Tab-indented lines are continuations typed by hand (D09B 3055): never a value.
                if (inNote || !match.Success || match.Groups["value"].Index > MaxValueColumn || line.AsSpan(0, match.Groups["value"].Index).Contains('\t'))
                {
                    continue;
                }

                if (!match.Groups["indicator"].Success || !match.Groups["indicator"].ValueSpan.Contains(RemovedIndicator))
                {
                    values.Add(match.Groups["value"].Value);
                }
            }

            if (values.Count > 0)
            {
                yield return new CodeList(id.Groups["id"].Value, values);
            }
        }
    }

    // "+    418   WCO Cargo Report Export", "       10 Party information"
    [GeneratedRegex(@"^(?<indicator>[+*#|X-]+)?\s+(?<value>[A-Za-z0-9][^\s]*)\s+\S")]
    private static partial Regex ValueLine();
}
