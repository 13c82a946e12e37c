namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// What the envelope level (<c>EnvelopeValidator</c>) already judges in a service segment, so the
/// directory level does not report the same fault twice.
/// </summary>
[Flags]
internal enum EnvelopeJudgement : byte
{
    None = 0,

    /// <summary>The envelope reports the value missing (EDI0026, EDI0023).</summary>
    Presence = 1,

    /// <summary>The envelope also judges the value itself (syntax identifier and version, control counts).</summary>
    Value = 2,

    Everything = Presence | Value,
}

internal static class EnvelopeJudgements
{
    /// <summary>The positions <c>EnvelopeValidator.Segments.cs</c> checks (ISO 9735-1 §8: the envelope's control data).</summary>
    public static EnvelopeJudgement Of(string tag, int element, int component) => (tag, element, component) switch
    {
        ("UNB", 1, 1) or ("UNB", 1, 2) => EnvelopeJudgement.Everything,
        ("UNB", 2, 1) or ("UNB", 3, 1) or ("UNB", 4, 1) or ("UNB", 4, 2) or ("UNB", 5, 1) => EnvelopeJudgement.Presence,
        ("UNG", 5, 1) => EnvelopeJudgement.Presence,
        ("UNE", 1, 1) => EnvelopeJudgement.Everything,
        ("UNE", 2, 1) => EnvelopeJudgement.Presence,
        ("UNH", 1, 1) or ("UNH", 2, 1) or ("UNH", 2, 2) or ("UNH", 2, 3) or ("UNH", 2, 4) => EnvelopeJudgement.Presence,
        ("UNT", 1, 1) => EnvelopeJudgement.Everything,
        ("UNT", 2, 1) => EnvelopeJudgement.Presence,
        ("UNZ", 1, 1) => EnvelopeJudgement.Everything,
        ("UNZ", 2, 1) => EnvelopeJudgement.Presence,
        _ => EnvelopeJudgement.None,
    };
}
