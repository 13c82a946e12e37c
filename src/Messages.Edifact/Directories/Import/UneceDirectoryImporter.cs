namespace UniPass.Gateway.Messages.Edifact.Directories.Import;

/// <summary>
/// Imports a UN/EDIFACT directory as UNECE publishes it (<c>d96b.zip</c>): the segment tables of
/// its batch messages, its segments, composites, data elements and code lists. Only structural
/// facts are kept (tags, positions, status, repetitions, representations, code values).
/// </summary>
public static class UneceDirectoryImporter
{
    /// <summary>Imports the directory zip at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a UNECE directory zip.</exception>
    public static EdifactDirectory Import(string path)
    {
        using var stream = File.OpenRead(path);
        return Import(stream);
    }

    /// <summary>Imports a directory zip read from <paramref name="zip"/> (left open).</summary>
    /// <exception cref="InvalidDataException">The stream is not a UNECE directory zip.</exception>
    public static EdifactDirectory Import(Stream zip)
    {
        string? release = null;
        var messages = new List<MessageStructure>();
        var segments = new Dictionary<string, SegmentDefinition>(StringComparer.Ordinal);
        var composites = new Dictionary<string, CompositeDefinition>(StringComparer.Ordinal);
        var elements = new Dictionary<string, DataElementDefinition>(StringComparer.Ordinal);
        var codeLists = new Dictionary<string, CodeList>(StringComparer.Ordinal);

        foreach (var (name, text) in UneceArchive.ReadFiles(zip))
        {
            var kind = DirectoryFileKinds.Classify(name);
            var fileRelease = DirectoryFileKinds.Release(name);
            if (release is null)
            {
                release = fileRelease;
            }
            else if (release != fileRelease)
            {
                throw new InvalidDataException($"{name}: release {fileRelease} in a directory of release {release}.");
            }

            switch (kind)
            {
                case DirectoryFileKind.Message:
                    if (SegmentTableParser.Parse(text) is { } table)
                    {
                        messages.Add(new MessageStructure(name[..6], table));
                    }

                    break;
                case DirectoryFileKind.Segments:
                    AddAll(segments, SegmentDirectoryParser.Parse(text), s => s.Tag);
                    break;
                case DirectoryFileKind.Composites:
                    AddAll(composites, CompositeDirectoryParser.Parse(text), c => c.Id);
                    break;
                case DirectoryFileKind.Elements:
                    AddAll(elements, ElementDirectoryParser.Parse(text), e => e.Id);
                    break;
                case DirectoryFileKind.CodeLists:
                    AddAll(codeLists, CodeListParser.Parse(text), c => c.ElementId);
                    break;
            }
        }

        if (release is null || messages.Count == 0 || segments.Count == 0)
        {
            throw new InvalidDataException("Not a UNECE directory: no message (EDMD/TRMD) or segment (EDSD/TRSD) directory was found.");
        }

        return new EdifactDirectory(DirectoryId.UnDirectory(release), null, messages, segments.Values, composites.Values, elements.Values, codeLists.Values);
    }

    // The first definition wins: the directories list each tag once; UNCL-1/UNCL-2 split one list in two files by element.
    private static void AddAll<T>(Dictionary<string, T> target, IEnumerable<T> items, Func<T, string> key)
    {
        foreach (var item in items)
        {
            target.TryAdd(key(item), item);
        }
    }
}
