using System.Text;
using UniPass.Gateway.Messages.Edifact.Writing;

namespace UniPass.Gateway.Messages.Edifact.Contrl.Internal;

/// <summary>
/// The values a CONTRL copies from its subject (UNB 0020, S002, S003; UNG 0048, S006, S007; UNH
/// 0062, S009) made writable: cut to the representation of the CONTRL's syntax version, and written
/// in a syntax level that can carry them.
/// </summary>
internal static class EchoedValues
{
    private const char Replacement = '?';

    /// <summary>
    /// The subject's syntax level when it can carry every echoed value (and exists in the version),
    /// else UNOC, else (version 4) UNOY; what none can carry is replaced character by character. The
    /// <paramref name="preferred"/> delimiters are kept where the level admits them, else the level's
    /// defaults apply (null).
    /// </summary>
    public static (SyntaxIdentifier Syntax, EdifactDelimiters? Delimiters) ChooseSyntax(
        string subjectSyntax, SyntaxVersion version, EdifactDelimiters? preferred, IReadOnlyList<string> values)
    {
        var candidates = new List<SyntaxIdentifier>(3);
        if (SyntaxIdentifier.TryParse(Encoding.ASCII.GetBytes(subjectSyntax), out var subject) && (version == SyntaxVersion.V4 || subject.Level is not ('W' or 'Y')))
        {
            candidates.Add(subject);
        }

        candidates.Add(SyntaxIdentifier.Unoc);
        if (version == SyntaxVersion.V4)
        {
            candidates.Add(SyntaxIdentifier.Unoy);
        }

        (SyntaxIdentifier, EdifactDelimiters?) chosen = default;
        foreach (var candidate in candidates)
        {
            var delimiters = preferred is { } d && EdifactWriter.ProblemWith(new EdifactWriterOptions { Syntax = candidate, Version = version, Delimiters = d }) is null ? d : (EdifactDelimiters?)null;
            chosen = (candidate, delimiters);
            var effective = delimiters ?? EdifactDelimiters.DefaultFor(candidate, version);
            if (values.All(v => CanCarry(candidate, effective, v)))
            {
                break;
            }
        }

        return chosen;
    }

    /// <summary>
    /// Whether <paramref name="value"/> can be written in <paramref name="syntax"/> with
    /// <paramref name="delimiters"/>: within a level A/B repertoire, encodable, and without service
    /// characters when there is no release character to escape them.
    /// </summary>
    public static bool CanCarry(SyntaxIdentifier syntax, EdifactDelimiters delimiters, string value)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var encoding = syntax.Encoding;
        var bytes = encoding.GetBytes(value);
        if (encoding.GetString(bytes) != value || bytes.AsSpan().IndexOfAny((byte)'\r', (byte)'\n') >= 0)
        {
            return false;
        }

        if (syntax.IsRestrictedRepertoire && (value.AsSpan().ContainsAnyExceptInRange((char)0, (char)0x7F) || Repertoire.IndexOfInvalid(syntax, delimiters, bytes) >= 0))
        {
            return false;
        }

        return delimiters.Release.HasValue || !bytes.Any(delimiters.IsServiceCharacter);
    }

    /// <summary>Replaces what <paramref name="syntax"/> cannot carry by <c>?</c> (escaped by the writer), the last resort.</summary>
    public static string Carried(SyntaxIdentifier syntax, EdifactDelimiters delimiters, string value)
    {
        if (CanCarry(syntax, delimiters, value))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        foreach (var rune in value.EnumerateRunes())
        {
            var s = rune.ToString();
            text.Append(CanCarry(syntax, delimiters, s) ? s : Replacement.ToString());
        }

        return text.ToString();
    }

    /// <summary>The value cut to the element's length in <paramref name="version"/>; null when empty or when the element does not exist there.</summary>
    public static string? Fit(ServiceElement element, string? value, SyntaxVersion version)
    {
        var length = element.LengthIn(version);
        if (string.IsNullOrEmpty(value) || length == 0)
        {
            return null;
        }

        if (value.Length <= length)
        {
            return value;
        }

        // Never cut between the two halves of a surrogate pair.
        var cut = char.IsLowSurrogate(value[length]) ? length - 1 : length;
        return value[..cut];
    }

    public static PartyIdentification Sender(PartyIdentification party, SyntaxVersion version) => new(
        Fit(ServiceElement.SenderIdentification, party.Id, version) ?? string.Empty,
        Fit(ServiceElement.IdentificationQualifier, party.Qualifier, version),
        Fit(ServiceElement.ReverseRouting, party.Routing, version),
        Fit(ServiceElement.SenderInternalSubIdentification, party.InternalId, version));

    public static PartyIdentification Recipient(PartyIdentification party, SyntaxVersion version) => new(
        Fit(ServiceElement.RecipientIdentification, party.Id, version) ?? string.Empty,
        Fit(ServiceElement.IdentificationQualifier, party.Qualifier, version),
        Fit(ServiceElement.Routing, party.Routing, version),
        Fit(ServiceElement.RecipientInternalSubIdentification, party.InternalId, version));

    public static string[] Strings(PartyIdentification party) => [party.Id, party.Qualifier ?? string.Empty, party.Routing ?? string.Empty, party.InternalId ?? string.Empty];
}
