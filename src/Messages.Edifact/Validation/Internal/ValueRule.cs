using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>What a simple data element or a component must hold: its representation and, when coded, its code list.</summary>
internal sealed class ValueRule
{
    /// <summary>Accepts anything: for an element its directory references but does not define.</summary>
    private static readonly DataElementFormat s_anything = new(CharacterClass.Alphanumeric, 0, int.MaxValue);

    public ValueRule(string id, bool isMandatory, DataElementDefinition? definition, CodeSet? codes, EnvelopeJudgement judgement)
    {
        Id = id;
        IsMandatory = isMandatory;
        Format = definition?.Format ?? s_anything;
        FormatText = definition?.Format.ToString() ?? "an";
        Codes = codes;
        Judgement = judgement;
        IsAlphanumeric = Format.Class == CharacterClass.Alphanumeric;
        MaxLength = Format.MaxLength;
        MinLength = Format.IsFixedLength ? Format.MinLength : 0;
    }

    /// <summary>The representation is <c>an</c>: any character, only the length is checked.</summary>
    public bool IsAlphanumeric { get; }

    /// <summary>The longest value allowed.</summary>
    public int MaxLength { get; }

    /// <summary>The shortest value allowed: the length of a fixed-length representation, else 0.</summary>
    public int MinLength { get; }

    public string Id { get; }

    public bool IsMandatory { get; }

    public DataElementFormat Format { get; }

    /// <summary>The directory notation (<c>an..35</c>), kept for messages.</summary>
    public string FormatText { get; }

    public CodeSet? Codes { get; }

    /// <summary>What the envelope level already judges at this position (service segments only).</summary>
    public EnvelopeJudgement Judgement { get; }
}
