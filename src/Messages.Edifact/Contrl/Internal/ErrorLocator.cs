using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Messages.Edifact.Contrl.Internal;

/// <summary>
/// Turns a diagnostic's coordinates into CONTRL's: 0098 counts the segment tag as position 1
/// (ISO 9735 service directory, S011), 0104 names a component only of a composite, and 0136
/// (version 4) an occurrence only when no component is named (S011 dependency D4: one or none).
/// With a <see cref="DirectoryCatalog"/> the segment layouts tell simple elements from composites;
/// without one the diagnostic's component is trusted.
/// </summary>
internal sealed class ErrorLocator(DirectoryCatalog? catalog, SyntaxVersion version)
{
    /// <summary>0085 = 18, "unspecified error", for an error whose finder named no code.</summary>
    public const int UnspecifiedError = 18;

    private static readonly Dictionary<string, string> MissingSegment = new(StringComparer.Ordinal)
    {
        // Diagnostics about a segment that is missing or unreadable name that segment (0013), not the
        // place it was missed at.
        [EdifactDiagnostics.InvalidServiceStringAdvice.Id] = "UNA",
        [EdifactDiagnostics.MissingInterchangeHeader.Id] = "UNB",
        [EdifactDiagnostics.MissingInterchangeTrailer.Id] = "UNZ",
        [EdifactDiagnostics.MissingMessageTrailer.Id] = "UNT",
        [EdifactDiagnostics.MissingGroupTrailer.Id] = "UNE",
    };

    /// <summary>The service segment a diagnostic is about: the missing one, or the one it was found in.</summary>
    public static string? TagOf(EdifactDiagnostic diagnostic) =>
        MissingSegment.TryGetValue(diagnostic.Id, out var missing) ? missing : diagnostic.SegmentTag;

    /// <summary>
    /// The error for UCI, UCF or UCM: 0013 and S011 only when the diagnostic is about one of
    /// <paramref name="serviceTags"/> (the segments that level reports), 0085 alone otherwise.
    /// </summary>
    public ContrlError Service(EdifactDiagnostic diagnostic, ReadOnlySpan<string> serviceTags, MessageHeader? message = null)
    {
        var tag = TagOf(diagnostic);
        if (tag is null || !serviceTags.Contains(tag))
        {
            return new ContrlError(Code(diagnostic));
        }

        return MissingSegment.ContainsKey(diagnostic.Id) ? new ContrlError(Code(diagnostic), tag) : Element(diagnostic, message) with { SegmentTag = tag };
    }

    /// <summary>The error for UCD: 0085 and S011 (0098 at least 2, the first data element after the tag).</summary>
    public ContrlError Element(EdifactDiagnostic diagnostic, MessageHeader? message)
    {
        if (diagnostic.Element <= 0)
        {
            return new ContrlError(Code(diagnostic));
        }

        var component = diagnostic.Component > 0 && IsComposite(diagnostic.SegmentTag, diagnostic.Element, message) ? diagnostic.Component : 0;
        var occurrence = version == SyntaxVersion.V4 && component == 0 && diagnostic.Repetition > 0 ? diagnostic.Repetition + 1 : 0;
        return new ContrlError(Code(diagnostic), null, diagnostic.Element + 1, component, occurrence);
    }

    public static int Code(EdifactDiagnostic diagnostic) => diagnostic.ContrlCode > 0 ? diagnostic.ContrlCode : UnspecifiedError;

    /// <summary>Whether data element <paramref name="element"/> of segment <paramref name="tag"/> is a composite, as far as the directories know.</summary>
    private bool IsComposite(string? tag, int element, MessageHeader? message)
    {
        if (catalog is null || tag is null)
        {
            return true;
        }

        DirectoryId? id = tag.StartsWith("UN", StringComparison.Ordinal)
            ? version == SyntaxVersion.V4 ? DirectoryCatalog.ServiceVersion4 : DirectoryCatalog.ServiceVersion3
            : message is not null && IsName(message.ControllingAgency) && IsName(message.Version) && IsName(message.Release)
                ? new DirectoryId(message.ControllingAgency, message.Version, message.Release)
                : null;
        if (id is null || !TryGet(id.Value, out var directory) || !directory.Segments.TryGetValue(tag, out var segment) || element > segment.Elements.Count)
        {
            return true;
        }

        return segment.Elements[element - 1].IsComposite;
    }

    private bool TryGet(DirectoryId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EdifactDirectory? directory)
    {
        try
        {
            return catalog!.TryGet(id, out directory);
        }
        catch (FormatException)
        {
            // A damaged directory file is the operator's to fix; the CONTRL is still written, trusting the diagnostic.
            directory = null;
            return false;
        }
    }

    /// <summary>UNH S009 values name a directory file only when they are plain codes (D, 96B, UN), never a path.</summary>
    private static bool IsName(string value) =>
        value.Length is > 0 and <= 6 && !value.AsSpan().ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");
}
