using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// The directories the gateway knows: the files of one folder (<c>schemas/edifact/</c>, copied
/// beside the binaries), each loaded on first use and kept. Thread-safe.
/// </summary>
public sealed class DirectoryCatalog
{
    /// <summary>The directory of CONTRL and the service segments of syntax versions 1 to 3 (ISO 9735:1988 + Amd.1).</summary>
    public static readonly DirectoryId ServiceVersion3 = new("UN", "D", "3");

    /// <summary>The directory of CONTRL and the service segments of syntax version 4 (ISO 9735:1998-2002).</summary>
    public static readonly DirectoryId ServiceVersion4 = new("UN", "4", "1");

    private readonly string _folder;
    private readonly ConcurrentDictionary<DirectoryId, Lazy<EdifactDirectory?>> _loaded = new();

    public DirectoryCatalog(string folder)
    {
        _folder = folder;
    }

    /// <summary>The folder the gateway's build copies <c>schemas/edifact</c> to.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "schemas", "edifact");

    /// <summary>The catalog over <see cref="DefaultFolder"/>.</summary>
    public static DirectoryCatalog CreateDefault() => new(DefaultFolder);

    /// <summary>The directories present in the folder (by file name), loaded or not.</summary>
    public IEnumerable<string> FileStems => Directory.Exists(_folder)
        ? Directory.EnumerateFiles(_folder, "*" + DirectoryFile.Extension).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!
        : [];

    /// <summary>The directory <paramref name="id"/> names, if the catalog carries it.</summary>
    /// <exception cref="FormatException">The directory's file is damaged.</exception>
    public bool TryGet(DirectoryId id, [NotNullWhen(true)] out EdifactDirectory? directory)
    {
        var normalized = new DirectoryId(id.Agency.ToUpperInvariant(), id.Version.ToUpperInvariant(), id.Release.ToUpperInvariant());
        directory = _loaded.GetOrAdd(normalized, key => new Lazy<EdifactDirectory?>(() => Load(key))).Value;
        return directory is not null;
    }

    /// <summary>The service directory for <paramref name="syntaxVersion"/> (1-3 share version 3's; 4).</summary>
    /// <exception cref="InvalidOperationException">The service directory files are missing from the folder.</exception>
    public EdifactDirectory Service(int syntaxVersion) =>
        TryGet(syntaxVersion >= 4 ? ServiceVersion4 : ServiceVersion3, out var directory)
            ? directory
            : throw new InvalidOperationException($"The service directory for syntax version {syntaxVersion} is missing from {_folder}.");

    private EdifactDirectory? Load(DirectoryId id)
    {
        var path = Path.Combine(_folder, id.FileStem + DirectoryFile.Extension);
        if (!File.Exists(path))
        {
            return null;
        }

        var directory = DirectoryFile.Load(path);
        return directory.Id == id ? directory : throw new FormatException($"{path}: holds directory {directory.Id}, not {id}.");
    }
}
