using System.Text.RegularExpressions;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>Reads the composite data element directory (EDCD/TRCD): per composite its components in order.</summary>
internal static partial class CompositeDirectoryParser
{
    public static IEnumerable<CompositeDefinition> Parse(string text)
    {
        foreach (var block in DirectoryBlocks.Split(text))
        {
            var heading = DirectoryBlocks.Heading(block);
            var match = heading is null ? null : Heading().Match(heading);
            if (match is not { Success: true })
            {
                continue;
            }

            var components = DirectoryBlocks.ElementLines(block).Select(l => DirectoryBlocks.Reference(l.Line)).ToArray();
            yield return new CompositeDefinition(match.Groups["id"].Value, components);
        }
    }

    // "       C002 DOCUMENT/MESSAGE NAME", "    * C106  DOCUMENT/MESSAGE IDENTIFICATION"
    [GeneratedRegex(@"^(?>\s*)(?:[+*#|X-]+(?>\s*))?(?<id>[A-Z][0-9]{3})\s+[A-Z][^a-z]*$")]
    private static partial Regex Heading();
}
