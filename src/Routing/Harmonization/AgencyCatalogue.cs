using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Routing.Harmonization.Internal;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// The agency catalogue (<c>schemas/harmonization/agencies.json</c>): the agencies, when a document concerns
/// each, and the canonical fields each needs. Loading checks every field path against the canonical model
/// and reports every problem with a JSON pointer into the catalogue; a catalogue with errors does not load.
/// Immutable once loaded.
/// </summary>
public sealed class AgencyCatalogue
{
    private readonly Dictionary<string, Agency> _byId;
    private readonly Dictionary<string, DocumentShape> _shapes;
    private readonly Dictionary<string, ulong[]> _needers;
    private readonly Dictionary<string, IReadOnlySet<string>> _keyFields;

    internal AgencyCatalogue(string version, string? description, IReadOnlyList<Agency> agencies, IReadOnlyDictionary<string, DocumentShape> shapes)
    {
        Version = version;
        Description = description;
        Agencies = agencies;
        _byId = agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        CommonCore = agencies.Single(a => a.IsCommonCore);
        _shapes = new Dictionary<string, DocumentShape>(shapes, StringComparer.Ordinal);
        DocumentTypes = [.. shapes.Keys];
        _needers = new Dictionary<string, ulong[]>(StringComparer.Ordinal);
        _keyFields = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var (documentType, shape) in shapes)
        {
            // Per atom, the set of agencies that need it: one bit per agency.
            var needers = new ulong[shape.Atoms.Count];
            foreach (var agency in agencies)
            {
                if (agency.Needs.TryGetValue(documentType, out var needs))
                {
                    foreach (var atom in needs.Atoms)
                    {
                        needers[atom] |= agency.Bit;
                    }
                }
            }

            _needers[documentType] = needers;
            _keyFields[documentType] = KeysOf(shape.Root).ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>The file name of the catalogue the gateway ships.</summary>
    public const string FileName = "agencies.json";

    /// <summary>Where the build copies <c>schemas/harmonization/agencies.json</c>.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "schemas", "harmonization", FileName);

    public string Version { get; }

    public string? Description { get; }

    /// <summary>Every agency, in catalogue order (the order of packages in a split).</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>The agency (customs) every field of whose needs is in the common core.</summary>
    public Agency CommonCore { get; }

    /// <summary>The document types the catalogue splits.</summary>
    public IReadOnlyList<string> DocumentTypes { get; }

    public Agency? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Every field of <paramref name="documentType"/> the split treats as one unit (values and whole unkeyed arrays), as pointer patterns.</summary>
    public IReadOnlyList<string> Fields(string documentType) =>
        _shapes.TryGetValue(documentType, out var shape) ? [.. shape.Atoms.Select(a => a.Pattern)] : [];

    /// <summary>
    /// The key members of <paramref name="documentType"/> (<c>/goodsItems/*/sequenceNumber</c>): they identify array
    /// elements, so they accompany every element a split sends, in the core and in packages alike.
    /// </summary>
    public IReadOnlySet<string> KeyFields(string documentType) =>
        _keyFields.TryGetValue(documentType, out var keys) ? keys : new HashSet<string>();

    /// <summary>Reads and checks the catalogue at <paramref name="path"/>.</summary>
    public static ReadResult<AgencyCatalogue> Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult<AgencyCatalogue>.Failed(new Diagnostic(HarmonizationDiagnosticIds.CannotRead, DiagnosticSeverity.Error, string.Empty, $"{path}: {e.Message}"));
        }

        return Parse(bytes);
    }

    /// <summary>Reads and checks a catalogue from UTF-8 JSON; every finding carries a JSON pointer into it.</summary>
    public static ReadResult<AgencyCatalogue> Parse(ReadOnlySpan<byte> utf8Json) => CatalogueReader.Read(utf8Json);

    /// <summary>The catalogue the gateway ships (<see cref="DefaultPath"/>).</summary>
    /// <exception cref="InvalidOperationException">It is missing or has errors: the deployment is broken.</exception>
    public static AgencyCatalogue LoadDefault() => LoadOrThrow(DefaultPath);

    /// <summary>Loads <paramref name="path"/> for a component that can not run without it.</summary>
    /// <exception cref="InvalidOperationException">The catalogue is missing or has errors; the message lists them.</exception>
    public static AgencyCatalogue LoadOrThrow(string path)
    {
        var result = Load(path);
        return result.Succeeded
            ? result.Value!
            : throw new InvalidOperationException($"The agency catalogue {path} does not load:{Environment.NewLine}{string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.IsError))}");
    }

    internal DocumentShape? Shape(string documentType) => _shapes.GetValueOrDefault(documentType);

    /// <summary>Per atom of <paramref name="documentType"/>, the agencies needing it (bit per <see cref="Agency.Index"/>).</summary>
    internal ulong[] Needers(string documentType) => _needers[documentType];

    private static IEnumerable<string> KeysOf(ShapeNode node)
    {
        if (node.Kind == ShapeKind.KeyedArray)
        {
            foreach (var key in node.Key)
            {
                yield return node.Element!.Pattern + "/" + key;
            }
        }

        var children = node.Kind == ShapeKind.KeyedArray ? [node.Element!] : node.Members;
        foreach (var child in children)
        {
            foreach (var key in KeysOf(child))
            {
                yield return key;
            }
        }
    }
}
