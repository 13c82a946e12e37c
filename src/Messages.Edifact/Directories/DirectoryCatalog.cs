using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>
/// The directories the gateway knows: the files of one folder (<c>schemas/edifact/</c>, copied
/// beside the binaries), each loaded on first use and kept, plus any directories handed over in
/// memory. Thread-safe.
/// </summary>
/// <remarks>
/// Identifications come from interchanges, i.e. from partners. A lookup first holds the
/// identification to <see cref="DirectoryId.IsWellFormed"/>, so it can only ever name a file of
/// the folder; it keeps the directories that exist (as many as the folder has files) and
/// remembers at most <see cref="MaxRememberedMisses"/> identifications that do not, so that
/// invented identifications neither reach the file system on every message nor grow memory.
/// </remarks>
public sealed class DirectoryCatalog
{
    /// <summary>The directory of CONTRL and the service segments of syntax versions 1 to 3 (ISO 9735:1988 + Amd.1).</summary>
    public static readonly DirectoryId ServiceVersion3 = new("UN", "D", "3");

    /// <summary>The directory of CONTRL and the service segments of syntax version 4 (ISO 9735:1998-2002).</summary>
    public static readonly DirectoryId ServiceVersion4 = new("UN", "4", "1");

    /// <summary>How many unknown identifications are remembered before the memory of misses starts over.</summary>
    public const int MaxRememberedMisses = 256;

    private readonly string? _folder;
    private readonly ConcurrentDictionary<DirectoryId, Lazy<EdifactDirectory>> _loaded = new();
    private readonly ConcurrentDictionary<DirectoryId, bool> _misses = new();

    /// <summary>A catalog over the directory files in <paramref name="folder"/>.</summary>
    public DirectoryCatalog(string folder)
        : this(folder, [])
    {
    }

    /// <summary>
    /// A catalog over <paramref name="directories"/> (for example a partner's own) and, when
    /// <paramref name="folder"/> is not null, the directory files in it; a directory in memory
    /// takes precedence over a file with the same identification.
    /// </summary>
    public DirectoryCatalog(string? folder, IEnumerable<EdifactDirectory> directories)
    {
        _folder = folder;
        foreach (var directory in directories)
        {
            var loaded = directory;
            _loaded[directory.Id.Normalized()] = new Lazy<EdifactDirectory>(() => loaded);
        }
    }

    /// <summary>The folder the gateway's build copies <c>schemas/edifact</c> to.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "schemas", "edifact");

    /// <summary>The catalog over <see cref="DefaultFolder"/>.</summary>
    public static DirectoryCatalog CreateDefault() => new(DefaultFolder);

    /// <summary>The directories present in the folder (by file name), loaded or not.</summary>
    public IEnumerable<string> FileStems => _folder is not null && Directory.Exists(_folder)
        ? Directory.EnumerateFiles(_folder, "*" + DirectoryFile.Extension).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!
        : [];

    /// <summary>The number of unknown identifications currently remembered (at most <see cref="MaxRememberedMisses"/>).</summary>
    internal int RememberedMisses => _misses.Count;

    /// <summary>The number of directories loaded or handed over.</summary>
    internal int LoadedCount => _loaded.Count;

    /// <summary>The directory <paramref name="id"/> names, if the catalog carries it.</summary>
    /// <remarks>Returns false, without touching the file system, for an identification that is not <see cref="DirectoryId.IsWellFormed"/>.</remarks>
    /// <exception cref="FormatException">The directory's file is damaged.</exception>
    public bool TryGet(DirectoryId id, [NotNullWhen(true)] out EdifactDirectory? directory)
    {
        directory = null;
        if (!id.IsWellFormed)
        {
            return false;
        }

        var key = id.Normalized();
        if (_loaded.TryGetValue(key, out var known))
        {
            directory = known.Value;
            return true;
        }

        if (_folder is null || _misses.ContainsKey(key))
        {
            return false;
        }

        var path = Path.Combine(_folder, key.FileStem + DirectoryFile.Extension);
        if (!File.Exists(path))
        {
            RememberMiss(key);
            return false;
        }

        directory = _loaded.GetOrAdd(key, k => new Lazy<EdifactDirectory>(() => Load(k, path))).Value;
        return true;
    }

    /// <summary>The service directory for <paramref name="syntaxVersion"/> (1-3 share version 3's; 4).</summary>
    /// <exception cref="InvalidOperationException">The service directory files are missing from the folder.</exception>
    public EdifactDirectory Service(int syntaxVersion) =>
        TryGet(syntaxVersion >= 4 ? ServiceVersion4 : ServiceVersion3, out var directory)
            ? directory
            : throw new InvalidOperationException($"The service directory for syntax version {syntaxVersion} is missing from {_folder}.");

    private void RememberMiss(DirectoryId id)
    {
        // Starting over keeps the memory bounded; a forgotten miss only costs one more File.Exists.
        if (_misses.Count >= MaxRememberedMisses)
        {
            _misses.Clear();
        }

        _misses.TryAdd(id, true);
    }

    private static EdifactDirectory Load(DirectoryId id, string path)
    {
        var directory = DirectoryFile.Load(path);
        return directory.Id.Normalized() == id ? directory : throw new FormatException($"{path}: holds directory {directory.Id}, not {id}.");
    }
}
