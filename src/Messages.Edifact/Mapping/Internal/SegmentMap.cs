namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>Handles one segment of a message: its captured values are in <paramref name="segment"/>.</summary>
internal delegate void SegmentHandler<in TState>(TState state, in SegmentView segment);

/// <summary>
/// One line of a mapping: "segment <see cref="Segment"/>, with data elements <see cref="Fields"/>, is
/// handled by <see cref="Handler"/>". Resolved per directory into table entries and element positions.
/// </summary>
internal sealed class SegmentMap<TState>(SegmentRef segment, IReadOnlyList<ElementRef> fields, SegmentHandler<TState> handler)
{
    public SegmentRef Segment { get; } = segment;

    /// <summary>The data elements the handler reads.</summary>
    public IReadOnlyList<ElementRef> Fields { get; } = fields;

    public SegmentHandler<TState> Handler { get; } = handler;

    public override string ToString() => Segment.ToString();
}

/// <summary>One group of a mapping whose end (each occurrence's) the mapping needs to know, e.g. to finish a traveller.</summary>
internal sealed class GroupMap<TState>(GroupRef group, Action<TState> onEnd)
{
    public GroupRef Group { get; } = group;

    public Action<TState> OnEnd { get; } = onEnd;
}
