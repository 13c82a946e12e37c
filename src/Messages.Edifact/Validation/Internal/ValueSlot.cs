namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// One value position of a segment (a simple data element, or one component of a composite) with
/// everything the per-token check reads, held by value in <see cref="SegmentRules.Slots"/> so that
/// checking a token is one array index: no element rule, component rule or format object is
/// loaded unless the value needs more than its length checked.
/// </summary>
internal readonly struct ValueSlot
{
    public ValueSlot(ElementRule element, ValueRule value, int component)
    {
        Value = value;
        Codes = value.Codes;
        MaxLength = value.MaxLength;
        MinLength = value.MinLength;
        MaxRepeats = element.MaxRepeats;
        var flags = ValueSlotFlags.None;
        if ((value.Judgement & EnvelopeJudgement.Value) != 0)
        {
            flags |= ValueSlotFlags.JudgedByEnvelope;
        }

        if (!value.IsAlphanumeric)
        {
            flags |= ValueSlotFlags.CheckFormat;
        }

        if (element.IsComposite)
        {
            flags |= component <= StructureValidatorLimits.MaxTrackedPositions ? ValueSlotFlags.Component : ValueSlotFlags.None;
            flags |= element.NamesCodeList ? ValueSlotFlags.NamesCodeList : ValueSlotFlags.None;
            flags |= component == element.AgencyComponent ? ValueSlotFlags.Agency
                : component == element.ListComponent ? ValueSlotFlags.List
                : ValueSlotFlags.None;
            flags |= component == element.DateValueComponent ? ValueSlotFlags.DateValue
                : component == element.DateFormatComponent ? ValueSlotFlags.DateFormat
                : ValueSlotFlags.None;
        }

        Flags = flags;
    }

    private ValueSlot(ValueSlotFlags flags)
    {
        Value = null!;
        Flags = flags;
    }

    /// <summary>A component position beyond the composite's (or a simple element's) last: the value is one too many.</summary>
    public static ValueSlot Beyond { get; } = new(ValueSlotFlags.Beyond);

    /// <summary>The value's rule (identifier, format), for the full check and for findings.</summary>
    public ValueRule Value { get; }

    /// <summary>The code list, or null when the value is not coded.</summary>
    public CodeSet? Codes { get; }

    /// <summary>The longest value allowed.</summary>
    public int MaxLength { get; }

    /// <summary>The shortest value allowed (the length of a fixed-length representation, else 0).</summary>
    public int MinLength { get; }

    /// <summary>Occurrences of the data element allowed (repetition, syntax version 4).</summary>
    public int MaxRepeats { get; }

    public ValueSlotFlags Flags { get; }
}

/// <summary>What a <see cref="ValueSlot"/> asks of the check beyond its length.</summary>
[Flags]
internal enum ValueSlotFlags : ushort
{
    None = 0,

    /// <summary>No position of the segment: a component beyond the composite's last (or a second one of a simple element).</summary>
    Beyond = 1,

    /// <summary>The envelope level judges the value itself (service segments).</summary>
    JudgedByEnvelope = 2,

    /// <summary>The representation is not <c>an</c>: the characters are checked too.</summary>
    CheckFormat = 4,

    /// <summary>A component of a composite (tracked for the composite's mandatory components).</summary>
    Component = 8,

    /// <summary>The composite has 1131 or 3055, which can name another code list for its codes.</summary>
    NamesCodeList = 16,

    /// <summary>The component is 3055 (code list responsible agency).</summary>
    Agency = 32,

    /// <summary>The component is 1131 (code list identification).</summary>
    List = 64,

    /// <summary>The component is DTM 2380 (date/time/period value), checked with 2379 when the composite ends.</summary>
    DateValue = 128,

    /// <summary>The component is DTM 2379 (its format qualifier).</summary>
    DateFormat = 256,

    /// <summary>Anything beyond the length check and the code list: the slow path of the check.</summary>
    Special = Beyond | JudgedByEnvelope | CheckFormat | Agency | List | DateValue | DateFormat,
}

/// <summary>Limits shared by the directory-level checks.</summary>
internal static class StructureValidatorLimits
{
    /// <summary>Elements and components tracked for presence (bits of a <see cref="ulong"/>).</summary>
    public const int MaxTrackedPositions = 64;
}
