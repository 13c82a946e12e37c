using System.Text.RegularExpressions;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>
/// Reads the segment directory (EDSD/TRSD): per segment its data elements and composites in
/// order, with status and repetitions (repetitions are printed from D99B on; 1 before). The
/// components listed under a composite are skipped: they come from the composite directory.
/// </summary>
internal static partial class SegmentDirectoryParser
{
    public static IEnumerable<SegmentDefinition> Parse(string text)
    {
        foreach (var block in DirectoryBlocks.Split(text))
        {
            var heading = DirectoryBlocks.Heading(block);
            var match = heading is null ? null : Heading().Match(heading);
            if (match is not { Success: true })
            {
                continue;
            }

            var elements = new List<ElementReference>();
            var inComposite = false;
            foreach (var (line, afterBlank) in DirectoryBlocks.ElementLines(block))
            {
                if (inComposite && !afterBlank)
                {
                    continue;
                }

                var reference = DirectoryBlocks.Reference(line);
                elements.Add(reference);
                inComposite = reference.IsComposite;
            }

            yield return new SegmentDefinition(match.Groups["tag"].Value, elements);
        }
    }

    // "       BGM  BEGINNING OF MESSAGE", "    * BGM    BEGINNING OF MESSAGE"
    [GeneratedRegex(@"^(?>\s*)(?:[+*#|X-]+(?>\s*))?(?<tag>[A-Z]{3})\s+[A-Z][^a-z]*$")]
    private static partial Regex Heading();
}
