namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>One position of a segment: a simple data element or a composite with its components.</summary>
internal sealed class ElementRule
{
    /// <summary>UNCL 2380 (date/time/period value) and 2379 (its format qualifier): DTM C507.</summary>
    private const string DateTimeValue = "2380";
    private const string DateTimeFormat = "2379";

    /// <summary>UNCL 1131 (code list identification) and 3055 (code list responsible agency): they name the list a composite's codes come from.</summary>
    private const string CodeListIdentification = "1131";
    private const string CodeListAgency = "3055";

    public ElementRule(string id, bool isMandatory, int maxRepeats, ValueRule? value, ValueRule[] components)
    {
        Id = id;
        IsMandatory = isMandatory;
        MaxRepeats = Math.Max(1, maxRepeats);
        Value = value;
        Components = components;
        IsComposite = value is null;
        for (var i = 0; i < components.Length && i < 64; i++)
        {
            var component = components[i];
            if (component.IsMandatory && (component.Judgement & EnvelopeJudgement.Presence) == 0)
            {
                MandatoryComponents |= 1UL << i;
            }

            if ((component.Judgement & EnvelopeJudgement.Presence) != 0 && component.IsMandatory)
            {
                // The envelope already reports this composite's absence through its mandatory component.
                EnvelopeJudgesPresence = true;
            }

            if (component.Id == DateTimeValue)
            {
                DateValueComponent = i + 1;
            }
            else if (component.Id == DateTimeFormat)
            {
                DateFormatComponent = i + 1;
            }
            else if (component.Id == CodeListIdentification)
            {
                ListComponent = i + 1;
            }
            else if (component.Id == CodeListAgency)
            {
                AgencyComponent = i + 1;
            }
        }

        if (value is not null)
        {
            EnvelopeJudgesPresence = (value.Judgement & EnvelopeJudgement.Presence) != 0;
        }

        if (DateValueComponent == 0 || DateFormatComponent == 0)
        {
            DateValueComponent = 0;
            DateFormatComponent = 0;
        }

        NamesCodeList = ListComponent > 0 || AgencyComponent > 0;
    }

    public string Id { get; }

    public bool IsMandatory { get; }

    /// <summary>Occurrences allowed (repetition, syntax version 4); 1 before.</summary>
    public int MaxRepeats { get; }

    public bool IsComposite { get; }

    /// <summary>The simple element's rule; null for a composite.</summary>
    public ValueRule? Value { get; }

    /// <summary>The composite's components; empty for a simple element.</summary>
    public ValueRule[] Components { get; }

    /// <summary>Bit <c>i</c>: component <c>i + 1</c> is mandatory (and not already judged by the envelope).</summary>
    public ulong MandatoryComponents { get; }

    /// <summary>The envelope reports this position missing; the directory level does not repeat it.</summary>
    public bool EnvelopeJudgesPresence { get; }

    /// <summary>1-based component holding a DTM date/time value (2380), or 0 when the composite has no 2380/2379 pair.</summary>
    public int DateValueComponent { get; }

    /// <summary>1-based component holding the 2379 format qualifier, or 0.</summary>
    public int DateFormatComponent { get; }

    /// <summary>1-based component holding 1131 (code list identification), or 0.</summary>
    public int ListComponent { get; }

    /// <summary>1-based component holding 3055 (code list responsible agency), or 0.</summary>
    public int AgencyComponent { get; }

    /// <summary>The composite can name another code list than the directory's for its codes (1131 or 3055).</summary>
    public bool NamesCodeList { get; }
}
