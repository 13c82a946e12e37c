namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>A segment definition compiled for checking its data elements in one pass over the tokens.</summary>
/// <param name="Tag">The segment tag.</param>
/// <param name="IsService">True for the ISO 9735 service segments (from the service directory): their code lists are always checked.</param>
/// <param name="Elements">The data elements and composites, in order.</param>
internal sealed record SegmentRules(string Tag, bool IsService, ElementRule[] Elements)
{
    /// <summary>Bit <c>i</c>: data element <c>i + 1</c> is mandatory (and not already judged by the envelope).</summary>
    public ulong MandatoryElements { get; } = MandatoryMask(Elements);

    /// <summary>Value positions per data element in <see cref="Slots"/>: the most components of any composite of the segment, at least 1.</summary>
    public int Stride { get; } = StrideOf(Elements);

    /// <summary>
    /// Every value position of the segment, flattened: element <c>e</c> (1-based), component
    /// <c>c</c> (1-based) is at <c>(e - 1) * Stride + c - 1</c>. Positions past an element's last
    /// component are <see cref="ValueSlot.Beyond"/>; an element past the segment's last is past the array.
    /// </summary>
    public ValueSlot[] Slots { get; } = Flatten(Elements, StrideOf(Elements));

    private static ulong MandatoryMask(ElementRule[] elements)
    {
        var mask = 0UL;
        for (var i = 0; i < elements.Length && i < 64; i++)
        {
            if (elements[i].IsMandatory && !elements[i].EnvelopeJudgesPresence)
            {
                mask |= 1UL << i;
            }
        }

        return mask;
    }

    private static int StrideOf(ElementRule[] elements)
    {
        var stride = 1;
        foreach (var element in elements)
        {
            stride = Math.Max(stride, element.Components.Length);
        }

        return stride;
    }

    private static ValueSlot[] Flatten(ElementRule[] elements, int stride)
    {
        var slots = new ValueSlot[elements.Length * stride];
        for (var e = 0; e < elements.Length; e++)
        {
            var element = elements[e];
            for (var c = 0; c < stride; c++)
            {
                slots[(e * stride) + c] = element.IsComposite
                    ? c < element.Components.Length ? new ValueSlot(element, element.Components[c], c + 1) : ValueSlot.Beyond
                    : c == 0 ? new ValueSlot(element, element.Value!, 1) : ValueSlot.Beyond;
            }
        }

        return slots;
    }
}
