namespace UniPass.Gateway.Messages.Edifact.Tests.Mapping.Support;

/// <summary>One segment as the tokens give it: tag and elements, each a list of components (unescaped).</summary>
internal sealed record RawSegment(string Tag, IReadOnlyList<IReadOnlyList<string>> Elements)
{
    /// <summary>Component <paramref name="component"/> of element <paramref name="element"/> (1-based), or empty.</summary>
    public string At(int element, int component = 1) =>
        element <= Elements.Count && component <= Elements[element - 1].Count ? Elements[element - 1][component - 1] : string.Empty;
}

/// <summary>
/// Reads an interchange into plain segments with the reader alone, so tests derive what a message holds
/// independently of the mappings they check.
/// </summary>
internal static class RawSegments
{
    public static List<RawSegment> Read(byte[] interchange)
    {
        var segments = new List<RawSegment>();
        var reader = new EdifactReader(interchange, EdifactReadMode.Lenient);
        string? tag = null;
        var elements = new List<List<string>>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case EdifactTokenType.SegmentStart:
                    tag = reader.GetString();
                    elements = [];
                    break;
                case EdifactTokenType.Element when reader.RepetitionIndex == 0:
                    while (elements.Count < reader.ElementIndex)
                    {
                        elements.Add([]);
                    }

                    var components = elements[reader.ElementIndex - 1];
                    while (components.Count < reader.ComponentIndex - 1)
                    {
                        components.Add(string.Empty);
                    }

                    components.Add(reader.GetString());
                    break;
                case EdifactTokenType.SegmentEnd:
                    segments.Add(new RawSegment(tag!, elements));
                    break;
            }
        }

        return segments;
    }

    /// <summary>The segments of each message, UNH to UNT.</summary>
    public static List<List<RawSegment>> Messages(byte[] interchange)
    {
        var messages = new List<List<RawSegment>>();
        List<RawSegment>? current = null;
        foreach (var segment in Read(interchange))
        {
            if (segment.Tag == "UNH")
            {
                current = [];
                messages.Add(current);
            }

            current?.Add(segment);
            if (segment.Tag == "UNT")
            {
                current = null;
            }
        }

        return messages;
    }
}
