using System.Text.RegularExpressions;

namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>Reads the data element directory (EDED/TRED): per simple data element its representation (<c>Repr: an..35</c>).</summary>
internal static partial class ElementDirectoryParser
{
    public static IEnumerable<DataElementDefinition> Parse(string text)
    {
        foreach (var block in DirectoryBlocks.Split(text))
        {
            var heading = DirectoryBlocks.Heading(block);
            var id = heading is null ? null : Heading().Match(heading);
            var repr = block.Select(l => Representation().Match(l)).FirstOrDefault(m => m.Success);
            if (id is { Success: true } && repr is not null && DataElementFormat.TryParse(repr.Groups["format"].ValueSpan, out var format))
            {
                yield return new DataElementDefinition(id.Groups["id"].Value, format);
            }
        }
    }

    // "     1001  Document name code        [C]", "* 1001  Document/message name, coded"
    [GeneratedRegex(@"^(?>\s*)(?:[+*#|X-]+(?>\s*))?(?<id>[0-9]{4})\s+\S")]
    internal static partial Regex Heading();

    [GeneratedRegex(@"^\s*Repr:\s*(?<format>(?:an|a|n)(?:\.\.)?[0-9]+)")]
    internal static partial Regex Representation();
}
