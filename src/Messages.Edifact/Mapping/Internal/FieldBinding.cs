using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>The fields a segment map reads, bound to one table entry: where each stands in that directory's segment.</summary>
internal class FieldBinding(SegmentRef segment, SegmentEntry entry, IReadOnlyList<ElementRef> fields, ElementPosition[] positions)
{
    public SegmentRef Segment { get; } = segment;

    public SegmentEntry Entry { get; } = entry;

    public IReadOnlyList<ElementRef> Fields { get; } = fields;

    /// <summary>Parallel to <see cref="Fields"/>.</summary>
    public ElementPosition[] Positions { get; } = positions;

    /// <summary>The index of <paramref name="field"/> among <see cref="Fields"/> (by reference), or -1.</summary>
    public int IndexOf(ElementRef field)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (ReferenceEquals(Fields[i], field))
            {
                return i;
            }
        }

        return -1;
    }
}
