namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// Identifies a directory the way UNH S009 names a message's version: controlling agency (0051),
/// message version (0052) and release (0054), e.g. <c>UN D 96B</c>. The service directories of
/// ISO 9735 are those of CONTRL: <c>UN D 3</c> (syntax version 3) and <c>UN 4 1</c> (syntax version 4).
/// </summary>
public readonly record struct DirectoryId(string Agency, string Version, string Release)
{
    /// <summary>The UN/EDIFACT release directory <c>D.yyX</c> (e.g. <c>96B</c>).</summary>
    public static DirectoryId UnDirectory(string release) => new("UN", "D", release.ToUpperInvariant());

    /// <summary>File name stem in <c>schemas/edifact/</c>: <c>d96b</c> for UN D 96B, <c>un-4-1</c> otherwise.</summary>
    public string FileStem => Agency == "UN" && Version == "D" && Release.Length == 3 && char.IsAsciiDigit(Release[0])
        ? ("d" + Release).ToLowerInvariant()
        : $"{Agency}-{Version}-{Release}".ToLowerInvariant();

    /// <summary><c>D.96B (UN)</c>.</summary>
    public override string ToString() => $"{Version}.{Release} ({Agency})";
}
