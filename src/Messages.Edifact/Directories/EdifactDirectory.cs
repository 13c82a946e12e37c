using System.Collections.Frozen;

namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// The structural facts of one UN/EDIFACT directory (or of the ISO 9735 service directory of a
/// syntax version): message segment tables, segments, composites, data elements and code lists.
/// Immutable; loaded from <c>schemas/edifact/</c> by <see cref="DirectoryFile"/> or built by the importer.
/// </summary>
public sealed class EdifactDirectory
{
    public EdifactDirectory(
        DirectoryId id,
        int? serviceSyntaxVersion,
        IEnumerable<MessageStructure> messages,
        IEnumerable<SegmentDefinition> segments,
        IEnumerable<CompositeDefinition> composites,
        IEnumerable<DataElementDefinition> elements,
        IEnumerable<CodeList> codeLists)
    {
        Id = id;
        ServiceSyntaxVersion = serviceSyntaxVersion;
        Messages = messages.ToFrozenDictionary(m => m.Type, StringComparer.Ordinal);
        Segments = segments.ToFrozenDictionary(s => s.Tag, StringComparer.Ordinal);
        Composites = composites.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        Elements = elements.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        CodeLists = codeLists.ToFrozenDictionary(c => c.ElementId, StringComparer.Ordinal);
    }

    public DirectoryId Id { get; }

    /// <summary>The syntax version whose service segments this directory holds (3 or 4), or null for a UN directory.</summary>
    public int? ServiceSyntaxVersion { get; }

    public FrozenDictionary<string, MessageStructure> Messages { get; }

    public FrozenDictionary<string, SegmentDefinition> Segments { get; }

    public FrozenDictionary<string, CompositeDefinition> Composites { get; }

    public FrozenDictionary<string, DataElementDefinition> Elements { get; }

    public FrozenDictionary<string, CodeList> CodeLists { get; }

    /// <summary>
    /// The part of this directory that the named messages need: their segments, the composites and
    /// data elements those use, and the code lists of those data elements.
    /// </summary>
    public EdifactDirectory Subset(IEnumerable<string> messageTypes)
    {
        var messages = messageTypes.Where(Messages.ContainsKey).Select(t => Messages[t]).ToArray();
        var segments = messages.SelectMany(m => m.Segments).Select(s => s.Tag).Distinct()
            .Where(Segments.ContainsKey).Select(t => Segments[t]).ToArray();
        var composites = segments.SelectMany(s => s.Elements).Select(e => e.Id).Distinct()
            .Where(Composites.ContainsKey).Select(id => Composites[id]).ToArray();
        var elementIds = segments.SelectMany(s => s.Elements).Select(e => e.Id)
            .Concat(composites.SelectMany(c => c.Components).Select(c => c.Id))
            .Where(Elements.ContainsKey).Distinct().ToArray();
        return new EdifactDirectory(
            Id,
            ServiceSyntaxVersion,
            messages,
            segments,
            composites,
            elementIds.Select(id => Elements[id]),
            elementIds.Where(CodeLists.ContainsKey).Select(id => CodeLists[id]));
    }
}
