namespace UniPass.Gateway.Routing.Partners;

/// <summary>
/// An interchange sender as written in UNB composite S002 (ISO 9735-1 §UNB, ISO 9735 syntax v4
/// Annex: S002 "Interchange sender"): data element 0004 (sender identification, an..35) and the
/// optional 0007 (identification code qualifier, an..4, e.g. <c>ZZ</c> mutually defined, <c>14</c> EAN).
/// </summary>
/// <param name="Id">Data element 0004.</param>
/// <param name="Qualifier">Data element 0007, or null when the partner accepts any qualifier with this id.</param>
public readonly record struct EdifactSenderIdentity(string Id, string? Qualifier)
{
    /// <summary>
    /// Whether an interchange's UNB S002 (<paramref name="id"/>, <paramref name="qualifier"/>) is this identity.
    /// The id compares exactly (EDIFACT values are case-sensitive); a null qualifier here matches any.
    /// </summary>
    public bool Matches(string id, string? qualifier) =>
        string.Equals(Id, id, StringComparison.Ordinal)
        && (Qualifier is null || string.Equals(Qualifier, qualifier, StringComparison.Ordinal));

    /// <summary>Parses the configuration form <c>id</c> or <c>id:qualifier</c> (the S002 component order).</summary>
    public static EdifactSenderIdentity Parse(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var colon = text.LastIndexOf(':');
        return colon < 0
            ? new EdifactSenderIdentity(text, null)
            : new EdifactSenderIdentity(text[..colon], text[(colon + 1)..]);
    }

    public override string ToString() => Qualifier is null ? Id : $"{Id}:{Qualifier}";
}
