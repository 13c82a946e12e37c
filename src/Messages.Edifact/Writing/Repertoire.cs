namespace UniPass.Gateway.Messages.Edifact.Writing;

/// <summary>The character repertoires of syntax levels A and B (ISO 9735-1 annex A) as the writer applies them.</summary>
internal static class Repertoire
{
    /// <summary>
    /// The index of the first byte of <paramref name="value"/> outside the repertoire of
    /// <paramref name="syntax"/>, or -1. Declared service characters are part of every repertoire:
    /// they are escaped when used as data, as the readers of this project accept.
    /// </summary>
    public static int IndexOfInvalid(SyntaxIdentifier syntax, EdifactDelimiters delimiters, ReadOnlySpan<byte> value)
    {
        var from = 0;
        while (from < value.Length)
        {
            var invalid = syntax.IndexOfInvalid(value[from..]);
            if (invalid < 0)
            {
                return -1;
            }

            var at = from + invalid;
            if (!delimiters.IsServiceCharacter(value[at]))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }
}
