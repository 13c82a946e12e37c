using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// A data element of a segment as the directory names it: "data element 1004 of composite C503",
/// or "data element 1004" wherever the segment's definition places it (as a simple element, or as a
/// component of a composite). The element and component positions are resolved from the directory of
/// the message's own version (<see cref="ElementPosition"/>), so where D.95B has BGM 1004 as a simple
/// element and D.96B has it as the first component of C106, one reference serves both.
/// </summary>
public sealed record ElementRef
{
    private ElementRef(string elementId, string? compositeId, int occurrence, int compositeOccurrence)
    {
        if (!IsTag(elementId, composite: false))
        {
            throw new ArgumentException($"'{elementId}' is not a simple data element tag (four digits).", nameof(elementId));
        }

        if (compositeId is not null && !IsTag(compositeId, composite: true))
        {
            throw new ArgumentException($"'{compositeId}' is not a composite data element tag (C, E or S and three digits).", nameof(compositeId));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(occurrence, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(compositeOccurrence, 1);
        ElementId = elementId;
        CompositeId = compositeId;
        Occurrence = occurrence;
        CompositeOccurrence = compositeOccurrence;
    }

    /// <summary>The simple data element tag, e.g. <c>1004</c>.</summary>
    public string ElementId { get; }

    /// <summary>The composite it is a component of, or null for "wherever the segment has it".</summary>
    public string? CompositeId { get; }

    /// <summary>
    /// Which occurrence of <see cref="ElementId"/> is meant (1-based): within the composite (C080 has
    /// 3036 five times: surname, given names), or within the whole segment when no composite is named.
    /// </summary>
    public int Occurrence { get; }

    /// <summary>Which occurrence of <see cref="CompositeId"/> in the segment (1-based; CST has C246 five times).</summary>
    public int CompositeOccurrence { get; }

    /// <summary>Data element <paramref name="elementId"/>, the <paramref name="occurrence"/>th wherever the segment has it.</summary>
    public static ElementRef Of(string elementId, int occurrence = 1) => new(elementId, null, occurrence, 1);

    /// <summary>Data element <paramref name="elementId"/> of composite <paramref name="compositeId"/>.</summary>
    public static ElementRef In(string compositeId, string elementId, int occurrence = 1, int compositeOccurrence = 1) =>
        new(elementId, compositeId, occurrence, compositeOccurrence);

    /// <summary>
    /// Where the element stands in segment <paramref name="segmentTag"/> of <paramref name="directory"/>,
    /// or a position that does not <see cref="ElementPosition.Exists"/> when that version of the segment lacks it.
    /// </summary>
    public ElementPosition ResolveIn(EdifactDirectory directory, string segmentTag)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!directory.Segments.TryGetValue(segmentTag, out var segment))
        {
            return default;
        }

        var seen = 0;
        var composites = 0;
        for (var e = 0; e < segment.Elements.Count; e++)
        {
            var reference = segment.Elements[e];
            if (!reference.IsComposite)
            {
                if (CompositeId is null && reference.Id == ElementId && ++seen == Occurrence)
                {
                    return new ElementPosition(e + 1, 1);
                }

                continue;
            }

            if (CompositeId is not null && (reference.Id != CompositeId || ++composites != CompositeOccurrence))
            {
                continue;
            }

            if (!directory.Composites.TryGetValue(reference.Id, out var composite))
            {
                continue;
            }

            if (CompositeId is not null)
            {
                seen = 0;
            }

            for (var c = 0; c < composite.Components.Count; c++)
            {
                if (composite.Components[c].Id == ElementId && ++seen == Occurrence)
                {
                    return new ElementPosition(e + 1, c + 1);
                }
            }
        }

        return default;
    }

    /// <summary><c>C503/1004</c>, <c>C080/3036#2</c>, <c>1225</c>.</summary>
    public override string ToString()
    {
        var element = Occurrence > 1 ? $"{ElementId}#{Occurrence}" : ElementId;
        if (CompositeId is null)
        {
            return element;
        }

        var composite = CompositeOccurrence > 1 ? $"{CompositeId}#{CompositeOccurrence}" : CompositeId;
        return composite + "/" + element;
    }

    private static bool IsTag(string? tag, bool composite) =>
        tag is { Length: 4 } &&
        (composite ? tag[0] is 'C' or 'E' or 'S' : char.IsAsciiDigit(tag[0])) &&
        char.IsAsciiDigit(tag[1]) && char.IsAsciiDigit(tag[2]) && char.IsAsciiDigit(tag[3]);
}
