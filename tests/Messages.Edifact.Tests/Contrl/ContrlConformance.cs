using System.Globalization;
using System.Text.RegularExpressions;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact.Tests.Contrl;

/// <summary>
/// Checks a CONTRL interchange against the service directory of its syntax version
/// (schemas/edifact/un-d-3.txt, un-4-1.txt): the CONTRL message walked through its segment table
/// by <see cref="SegmentTableWalker"/> (UNH UCI SG1[UCM SG2[UCS UCD*]] or SG3[UCF SG4[UCM SG5[UCS
/// UCD*]]] UNT), the envelope around it, and for every segment the number of data elements and
/// components, mandatory values, lengths and numeric representations.
/// </summary>
internal static partial class ContrlConformance
{
    public static List<string> Problems(byte[] interchange)
    {
        var problems = new List<string>();
        var result = EdifactInterchange.Validate(interchange);
        var directory = DirectoryCatalog.CreateDefault().Service(result.Version == SyntaxVersion.V4 ? 4 : 3);
        var segments = Read(interchange);
        var tags = string.Join(" ", segments.Select(s => s.Tag));
        if (!Envelope().IsMatch(tags))
        {
            problems.Add($"segment order '{tags}' is not an interchange of one message");
        }

        var walker = new SegmentTableWalker(SegmentTable.Compile(directory.Messages["CONTRL"]));
        foreach (var (tag, _) in segments.Where(s => s.Tag is not ("UNB" or "UNZ")))
        {
            var match = walker.Advance(System.Text.Encoding.ASCII.GetBytes(tag));
            problems.AddRange(walker.Findings.ToArray().Select(f => $"{tag}: {Describe(f)}"));
            if (match != SegmentMatch.Matched && walker.Findings.IsEmpty)
            {
                problems.Add($"{tag}: {match}");
            }
        }

        walker.Complete();
        problems.AddRange(walker.Findings.ToArray().Select(f => $"end: {Describe(f)}"));

        foreach (var (tag, elements) in segments)
        {
            if (!directory.Segments.TryGetValue(tag, out var definition))
            {
                problems.Add($"{tag} is not in {directory.Id}");
                continue;
            }

            if (elements.Count > definition.Elements.Count)
            {
                problems.Add($"{tag} has {elements.Count} data elements, {definition.Elements.Count} are defined");
            }

            for (var e = 0; e < definition.Elements.Count; e++)
            {
                var reference = definition.Elements[e];
                var components = e < elements.Count ? elements[e] : [];
                var parts = reference.IsComposite ? directory.Composites[reference.Id].Components : [reference];
                if (components.Count > parts.Count)
                {
                    problems.Add($"{tag} {reference.Id} has {components.Count} components, {parts.Count} are defined");
                }

                var present = components.Any(c => c.Length > 0);
                for (var c = 0; c < parts.Count; c++)
                {
                    var value = c < components.Count ? components[c] : string.Empty;
                    if (value.Length == 0)
                    {
                        if (parts[c].Status == UsageStatus.Mandatory && (reference.Status == UsageStatus.Mandatory || present))
                        {
                            problems.Add(reference.IsComposite ? $"{tag} {reference.Id}/{parts[c].Id} is mandatory and missing" : $"{tag} {reference.Id} is mandatory and missing");
                        }

                        continue;
                    }

                    var format = directory.Elements[parts[c].Id].Format;
                    var length = new StringInfo(value).LengthInTextElements;
                    if (length > format.MaxLength || length < format.MinLength)
                    {
                        problems.Add($"{tag} {parts[c].Id} '{value}' does not fit {format}");
                    }

                    if (format.Class == CharacterClass.Numeric && !value.All(char.IsAsciiDigit))
                    {
                        problems.Add($"{tag} {parts[c].Id} '{value}' is not numeric");
                    }
                }
            }
        }

        return problems;
    }

    private static string Describe(StructureFinding finding) => finding.Entry switch
    {
        SegmentEntry segment => $"{finding.Kind} {segment.Position} {segment.Tag}",
        SegmentGroupEntry group => $"{finding.Kind} {group.Position} SG{group.Number}",
        _ => finding.Kind.ToString(),
    };

    private static List<(string Tag, List<List<string>> Elements)> Read(byte[] interchange)
    {
        var segments = new List<(string, List<List<string>>)>();
        var reader = new EdifactReader(interchange);
        List<List<string>>? elements = null;
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.SegmentStart)
            {
                elements = [];
                segments.Add((reader.GetString(), elements));
            }
            else if (reader.TokenType == EdifactTokenType.Element)
            {
                if (reader.ComponentIndex == 1)
                {
                    elements!.Add([]);
                }

                elements![^1].Add(reader.GetString());
            }
        }

        return segments;
    }

    [GeneratedRegex(@"^UNB UNH( [A-Z0-9]{3})* UNT UNZ$")]
    private static partial Regex Envelope();
}
