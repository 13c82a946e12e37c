namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>A segment definition compiled for checking its data elements in one pass over the tokens.</summary>
/// <param name="Tag">The segment tag.</param>
/// <param name="IsService">True for the ISO 9735 service segments (from the service directory): their code lists are always checked.</param>
/// <param name="Elements">The data elements and composites, in order.</param>
internal sealed record SegmentRules(string Tag, bool IsService, ElementRule[] Elements)
{
    /// <summary>Bit <c>i</c>: data element <c>i + 1</c> is mandatory (and not already judged by the envelope).</summary>
    public ulong MandatoryElements { get; } = MandatoryMask(Elements);

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
}
