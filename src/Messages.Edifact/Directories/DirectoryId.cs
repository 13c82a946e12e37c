using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// Identifies a directory the way UNH S009 names a message's version: controlling agency (0051),
/// message version (0052) and release (0054), e.g. <c>UN D 96B</c>. The service directories of
/// ISO 9735 are those of CONTRL: <c>UN D 3</c> (syntax version 3) and <c>UN 4 1</c> (syntax version 4).
/// </summary>
/// <remarks>
/// The three parts come from the interchange, i.e. from whoever sent it. <see cref="IsWellFormed"/>
/// (and <see cref="TryCreate(ReadOnlySpan{char}, ReadOnlySpan{char}, ReadOnlySpan{char}, out DirectoryId)"/>)
/// holds them to what ISO 9735 allows for 0051, 0052 and 0054 (code values of at most three
/// letters or digits, an..3), so that an identification can never name anything but a directory
/// file: <see cref="FileStem"/> refuses any other value.
/// </remarks>
public readonly record struct DirectoryId(string Agency, string Version, string Release)
{
    /// <summary>The longest agency, version or release code (ISO 9735: 0051, 0052 and 0054 are an..3).</summary>
    public const int MaxPartLength = 3;

    /// <summary>The UN/EDIFACT release directory <c>D.yyX</c> (e.g. <c>96B</c>).</summary>
    public static DirectoryId UnDirectory(string release) => new("UN", "D", release.ToUpperInvariant());

    /// <summary>
    /// True when every part is one to <see cref="MaxPartLength"/> ASCII letters or digits, the
    /// only values UNCL 0051/0052/0054 define (e.g. <c>UN</c>, <c>D</c>, <c>96B</c>, <c>IA</c>, <c>11</c>).
    /// </summary>
    public bool IsWellFormed => IsPart(Agency) && IsPart(Version) && IsPart(Release);

    /// <summary>
    /// File name stem in <c>schemas/edifact/</c>: <c>d96b</c> for UN D 96B, <c>un-4-1</c> otherwise.
    /// </summary>
    /// <exception cref="InvalidOperationException">The identification is not <see cref="IsWellFormed"/>.</exception>
    public string FileStem
    {
        get
        {
            if (!IsWellFormed)
            {
                throw new InvalidOperationException("A directory identification is 1-3 letters or digits per part; this one names no directory file.");
            }

            return Agency.Equals("UN", StringComparison.OrdinalIgnoreCase) && Version.Equals("D", StringComparison.OrdinalIgnoreCase)
                && Release.Length == 3 && char.IsAsciiDigit(Release[0])
                ? ("d" + Release).ToLowerInvariant()
                : $"{Agency}-{Version}-{Release}".ToLowerInvariant();
        }
    }

    /// <summary>The same identification in upper case (directory codes compare case-insensitively).</summary>
    public DirectoryId Normalized() =>
        IsUpper(Agency) && IsUpper(Version) && IsUpper(Release)
            ? this
            : new DirectoryId(Agency.ToUpperInvariant(), Version.ToUpperInvariant(), Release.ToUpperInvariant());

    /// <summary>Builds an identification from untrusted text; false when a part is not 1-3 letters or digits.</summary>
    public static bool TryCreate(ReadOnlySpan<char> agency, ReadOnlySpan<char> version, ReadOnlySpan<char> release, out DirectoryId id)
    {
        id = default;
        if (!IsPart(agency) || !IsPart(version) || !IsPart(release))
        {
            return false;
        }

        id = new DirectoryId(agency.ToString().ToUpperInvariant(), version.ToString().ToUpperInvariant(), release.ToString().ToUpperInvariant());
        return true;
    }

    /// <summary>Builds an identification from untrusted bytes (as read from UNH S009); false when a part is not 1-3 letters or digits.</summary>
    public static bool TryCreate(ReadOnlySpan<byte> agency, ReadOnlySpan<byte> version, ReadOnlySpan<byte> release, out DirectoryId id)
    {
        id = default;
        if (!IsPart(agency) || !IsPart(version) || !IsPart(release))
        {
            return false;
        }

        id = new DirectoryId(Upper(agency), Upper(version), Upper(release));
        return true;
    }

    /// <summary><c>D.96B (UN)</c>.</summary>
    public override string ToString() => $"{Version}.{Release} ({Agency})";

    private static bool IsPart(string? part) => part is not null && IsPart(part.AsSpan());

    private static bool IsPart(ReadOnlySpan<char> part)
    {
        if (part.Length is 0 or > MaxPartLength)
        {
            return false;
        }

        foreach (var c in part)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when <paramref name="part"/> is 1-3 ASCII letters or digits (a valid 0051, 0052 or 0054).</summary>
    internal static bool IsPart(ReadOnlySpan<byte> part)
    {
        if (part.Length is 0 or > MaxPartLength)
        {
            return false;
        }

        foreach (var b in part)
        {
            if (!char.IsAsciiLetterOrDigit((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpper(string part)
    {
        foreach (var c in part)
        {
            if (char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Upper(ReadOnlySpan<byte> part)
    {
        Span<char> text = stackalloc char[MaxPartLength];
        var length = Encoding.ASCII.GetChars(part, text);
        for (var i = 0; i < length; i++)
        {
            text[i] = char.ToUpperInvariant(text[i]);
        }

        return new string(text[..length]);
    }
}
