using System.Diagnostics.CodeAnalysis;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Routing.Partners;

/// <summary>How a partner's EDIFACT interchanges are judged (the interchange agreement's syntax rules).</summary>
public sealed record EdifactPreferences
{
    /// <summary>Strict reading, code lists checked, each message against the directory its UNH S009 names.</summary>
    public static EdifactPreferences Default { get; } = new();

    /// <summary>
    /// Strict (ISO 9735 as written; the default) or lenient: wrong control counts, a missing UNZ, line breaks
    /// and the like are recovered from and noted as warnings instead of rejecting the interchange.
    /// </summary>
    public EdifactReadMode Mode { get; init; } = EdifactReadMode.Strict;

    /// <summary>
    /// Check the coded values of the messages' own segments against the directory's code lists (default true).
    /// Partners using agreed codes turn it off; the service segments are always checked.
    /// </summary>
    public bool CheckCodeLists { get; init; } = true;

    /// <summary>
    /// In strict mode, reject a value outside the level A/B repertoire of a UNOA/UNOB interchange (EDI0010, CONTRL 0085 = 21)
    /// instead of warning (default false; see <see cref="EdifactReaderOptions.EnforceRepertoire"/>).
    /// </summary>
    public bool EnforceRepertoire { get; init; }

    /// <summary>
    /// The directory every message is validated against, whatever UNH S009 names (for a partner whose
    /// software writes an unreliable version); null to follow UNH S009. Mapping to the canonical model
    /// still follows UNH S009.
    /// </summary>
    public DirectoryId? Directory { get; init; }

    /// <summary>
    /// Parses a directory as configured: a UN/EDIFACT release directory <c>D96B</c> or <c>D.96B</c>, or the
    /// UNH S009 form <c>VERSION:RELEASE:AGENCY</c> (<c>D:96B:UN</c>, 0052:0054:0051).
    /// </summary>
    public static bool TryParseDirectory(string? text, [NotNullWhen(true)] out DirectoryId? directory)
    {
        directory = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = text.Trim();
        var parts = value.Split(':');
        DirectoryId id;
        if (parts.Length == 3)
        {
            if (!DirectoryId.TryCreate(parts[2], parts[0], parts[1], out id))
            {
                return false;
            }
        }
        else if (parts.Length == 1 && value.Length > 1 && (value[0] is 'D' or 'd'))
        {
            var release = value[1] == '.' ? value[2..] : value[1..];
            if (!DirectoryId.TryCreate("UN", "D", release, out id))
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        directory = id;
        return true;
    }
}
