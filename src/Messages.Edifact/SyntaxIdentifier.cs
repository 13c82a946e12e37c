using System.Buffers;
using System.Text;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// A syntax identifier (UNB S001/0001): the character repertoire and encoding of an interchange
/// (ISO 9735-1 §5 and annex; UNOA-UNOL, UNOX, UNOY, UNOW; IATA/IATB used by IATA PADIS traffic).
/// </summary>
public readonly record struct SyntaxIdentifier
{
    private static readonly SearchValues<byte> s_levelA = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-()/='+:?!\"%&*;<>"u8);

    private static readonly SearchValues<byte> s_levelB = SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,-()/='+:?!\"%&*;<>\u001C\u001D\u001E\u001F"u8);

    private SyntaxIdentifier(string code, char level)
    {
        Code = code;
        Level = level;
    }

    /// <summary>The four-character code as written in UNB (for example <c>UNOC</c>).</summary>
    public string Code { get; }

    /// <summary>The level letter (<c>A</c>..<c>L</c>, <c>X</c>, <c>Y</c>, <c>W</c>).</summary>
    public char Level { get; }

    /// <summary>Level A: ISO 646 subset, upper case letters, digits and a few signs.</summary>
    public static SyntaxIdentifier Unoa { get; } = new("UNOA", 'A');

    /// <summary>Level B: ISO 646 subset with lower case letters; information separators as delimiters.</summary>
    public static SyntaxIdentifier Unob { get; } = new("UNOB", 'B');

    /// <summary>Level C: ISO 8859-1 (Latin alphabet 1).</summary>
    public static SyntaxIdentifier Unoc { get; } = new("UNOC", 'C');

    /// <summary>Level Y: ISO 10646-1 (version 4); decoded as UTF-8.</summary>
    public static SyntaxIdentifier Unoy { get; } = new("UNOY", 'Y');

    /// <summary>Level W: ISO 10646-1 UTF-8 (version 4).</summary>
    public static SyntaxIdentifier Unow { get; } = new("UNOW", 'W');

    /// <summary>True for UNOA and UNOB (and their IATA equivalents), whose repertoire is a subset of ISO 646.</summary>
    public bool IsRestrictedRepertoire => Code is "UNOA" or "UNOB";

    /// <summary>
    /// Looks up a syntax identifier by its code. Returns false for codes ISO 9735 does not define.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<byte> code, out SyntaxIdentifier identifier)
    {
        identifier = default;
        if (code.Length != 4)
        {
            return false;
        }

        if (code.StartsWith("UNO"u8))
        {
            var level = (char)code[3];
            if (level is (>= 'A' and <= 'L') or 'X' or 'Y' or 'W')
            {
                identifier = new SyntaxIdentifier("UNO" + level, level);
                return true;
            }

            return false;
        }

        // IATA PADIS interchanges (PNRGOV, PAXLST from airlines) name their level IATA or IATB.
        if (code.SequenceEqual("IATA"u8))
        {
            identifier = new SyntaxIdentifier("IATA", 'A');
            return true;
        }

        if (code.SequenceEqual("IATB"u8))
        {
            identifier = new SyntaxIdentifier("IATB", 'B');
            return true;
        }

        return false;
    }

    /// <summary>The encoding values are decoded with.</summary>
    /// <remarks>
    /// Levels A and B are ISO 646 subsets; they are decoded as UTF-8, which is identical on the
    /// repertoire and keeps UTF-8 text that partners put into UNOA envelopes readable (the
    /// repertoire violation itself is reported by validation). C-K are ISO 8859-1..9, L is ISO 8859-15 (code list 0001 of version 4); X is ISO 2022
    /// (decoded as ISO-2022-JP, its common use); Y and W are ISO 10646 in UTF-8.
    /// </remarks>
    public Encoding Encoding => Level switch
    {
        'C' => Encoding.Latin1,
        'D' => CodePage(28592),
        'E' => CodePage(28595),
        'F' => CodePage(28597),
        'G' => CodePage(28593),
        'H' => CodePage(28594),
        'I' => CodePage(28596),
        'J' => CodePage(28598),
        'K' => CodePage(28599),
        'L' => CodePage(28605),
        'X' => CodePage(50220),
        _ => Encoding.UTF8,
    };

    /// <summary>
    /// The index of the first byte outside the level's repertoire, or -1. Only levels A and B
    /// restrict bytes (ISO 9735-1 annex A: level A upper case letters, digits, space and
    /// <c>. , - ( ) / = ' + : ? ! " % &amp; * ; &lt; &gt;</c>; level B adds lower case letters and IS1-IS4).
    /// </summary>
    public int IndexOfInvalid(ReadOnlySpan<byte> value)
    {
        if (!IsRestrictedRepertoire)
        {
            return -1;
        }

        return value.IndexOfAnyExcept(Level == 'B' ? s_levelB : s_levelA);
    }

    /// <inheritdoc/>
    public override string ToString() => Code ?? string.Empty;

    private static Encoding CodePage(int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage) ?? Encoding.Latin1;
}
