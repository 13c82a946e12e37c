using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// Reads an agency catalogue and checks it completely in one pass: structure, codes, and every field path
/// and key against the canonical model's shape. Findings are collected, each with a JSON pointer into the
/// catalogue; nothing is thrown for a bad catalogue.
/// </summary>
internal sealed partial class CatalogueReader
{
    // agencies.json needs six levels; a deeper catalogue is not one.
    private const int MaxDepth = 16;

    // Agency sets are one bit per agency in a 64-bit word.
    private const int MaxAgencies = 64;

    private const string SchemaMember = "$schema";
    private const string VersionMember = "version";
    private const string DescriptionMember = "description";
    private const string DocumentsMember = "documents";
    private const string AgenciesMember = "agencies";
    private const string KeysMember = "keys";

    private readonly Dictionary<string, DocumentShape> _shapes = new(StringComparer.Ordinal);

    public static ReadResult<AgencyCatalogue> Read(ReadOnlySpan<byte> utf8Json)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(utf8Json, documentOptions: new JsonDocumentOptions
            {
                MaxDepth = MaxDepth,
                AllowDuplicateProperties = false,
                CommentHandling = JsonCommentHandling.Disallow,
                AllowTrailingCommas = false,
            });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? (int)l + 1 : 0;
            var column = e.BytePositionInLine is { } c ? (int)c + 1 : 0;
            var message = e.Message.Split(" Path: ")[0];
            return ReadResult<AgencyCatalogue>.Failed(new Diagnostic(HarmonizationDiagnosticIds.Syntax, DiagnosticSeverity.Error, string.Empty, message, line, column));
        }

        var reader = new CatalogueReader();
        var catalogue = reader.ReadCatalogue(root);
        return new ReadResult<AgencyCatalogue>(reader.HasErrors ? null : catalogue, reader._diagnostics);
    }

    private AgencyCatalogue? ReadCatalogue(JsonNode? node)
    {
        var root = ExpectObject(node, string.Empty, SchemaMember, VersionMember, DescriptionMember, DocumentsMember, AgenciesMember);
        if (root is null)
        {
            return null;
        }

        var version = RequiredString(root, VersionMember, string.Empty);
        var description = OptionalString(root, DescriptionMember, string.Empty);
        if (root.ContainsKey(DocumentsMember))
        {
            ReadDocuments(root[DocumentsMember], "/" + DocumentsMember);
        }
        else
        {
            Error(HarmonizationDiagnosticIds.MissingMember, string.Empty, $"'{DocumentsMember}' is required");
        }

        List<Agency> agencies = [];
        if (root.ContainsKey(AgenciesMember))
        {
            agencies = ReadAgencies(root[AgenciesMember], "/" + AgenciesMember);
        }
        else
        {
            Error(HarmonizationDiagnosticIds.MissingMember, string.Empty, $"'{AgenciesMember}' is required");
        }

        return HasErrors ? null : new AgencyCatalogue(version!, description, agencies, _shapes);
    }

    private void ReadDocuments(JsonNode? node, string pointer)
    {
        var documents = ExpectObject(node, pointer);
        if (documents is null)
        {
            return;
        }

        if (documents.Count == 0)
        {
            Error(HarmonizationDiagnosticIds.WrongType, pointer, "expected at least one document type");
        }

        foreach (var (documentType, value) in documents)
        {
            var at = Child(pointer, documentType);
            if (SplitDocuments.ModelType(documentType) is not { } modelType)
            {
                Error(HarmonizationDiagnosticIds.UnknownDocumentType, at, $"'{documentType}' is not a document type the gateway splits; expected one of: {string.Join(", ", SplitDocuments.All)}");
                continue;
            }

            var document = ExpectObject(value, at, DescriptionMember, KeysMember);
            if (document is null)
            {
                continue;
            }

            OptionalString(document, DescriptionMember, at);
            var shape = DocumentShape.FromModel(documentType, modelType);
            if (document.ContainsKey(KeysMember))
            {
                ReadKeys(shape, document[KeysMember], Child(at, KeysMember));
            }
            else
            {
                Error(HarmonizationDiagnosticIds.MissingMember, at, $"'{KeysMember}' is required (an empty object when no array is split element by element)");
            }

            foreach (var scope in SplitDocuments.ItemScopes(documentType))
            {
                var element = shape.Find(scope);
                if (element is null || shape.Find(scope[..^2]) is not { Kind: ShapeKind.KeyedArray } array)
                {
                    Error(HarmonizationDiagnosticIds.BadKey, Child(at, KeysMember), $"'{scope}' must be keyed: conditions are evaluated on its elements and packages reference them by their key");
                    continue;
                }

                array.IsItemScope = true;
            }

            shape.IndexAtoms();
            _shapes[documentType] = shape;
        }
    }

    private void ReadKeys(DocumentShape shape, JsonNode? node, string pointer)
    {
        var keys = ExpectObject(node, pointer);
        if (keys is null)
        {
            return;
        }

        // Outer arrays first, so that an inner array's enclosing arrays are keyed before it is checked.
        foreach (var (path, value) in keys.OrderBy(k => k.Key.Count(c => c == '/')))
        {
            var at = Child(pointer, path);
            if (!path.EndsWith("/*", StringComparison.Ordinal))
            {
                Error(HarmonizationDiagnosticIds.BadKey, at, $"'{path}' must name the elements of an array (end in '/*')");
                continue;
            }

            var arrayPath = path[..^2];
            var array = arrayPath.Length == 0 ? null : shape.Find(arrayPath);
            if (array is null)
            {
                Error(HarmonizationDiagnosticIds.BadKey, at, $"'{arrayPath}' is not a field of the canonical {shape.DocumentType}");
                continue;
            }

            if (array.Element is not { Kind: ShapeKind.Object } element)
            {
                Error(HarmonizationDiagnosticIds.BadKey, at, $"'{arrayPath}' is {array.Description}, not an array of objects; only arrays of objects are keyed");
                continue;
            }

            if (arrayPath.Contains('*', StringComparison.Ordinal) && !IsReachable(shape, arrayPath))
            {
                Error(HarmonizationDiagnosticIds.BadKey, at, $"'{path}' lies inside an array that is not keyed; key the enclosing array first");
                continue;
            }

            var members = new List<string>();
            foreach (var (member, memberAt) in ExpectStrings(value, at))
            {
                if (element.Member(member) is not { } keyNode)
                {
                    Error(HarmonizationDiagnosticIds.BadKey, memberAt, $"the elements of '{arrayPath}' have no member '{member}'; members: {string.Join(", ", element.Members.Select(m => m.Name))}");
                }
                else if (keyNode.Kind != ShapeKind.Value)
                {
                    Error(HarmonizationDiagnosticIds.BadKey, memberAt, $"'{path}/{member}' is {keyNode.Description}; a key member must be a value");
                }
                else if (members.Contains(member, StringComparer.Ordinal))
                {
                    Error(HarmonizationDiagnosticIds.Duplicate, memberAt, $"'{member}' is named twice");
                }
                else
                {
                    members.Add(member);
                }
            }

            array.Kind = ShapeKind.KeyedArray;
            array.Key = members;
        }
    }

    // An array inside other arrays can be keyed only when every enclosing array is keyed too: a split can
    // only reference an inner element through the keys of the elements around it.
    private static bool IsReachable(DocumentShape shape, string arrayPath)
    {
        var star = arrayPath.IndexOf("/*", StringComparison.Ordinal);
        while (star >= 0)
        {
            if (shape.Find(arrayPath[..star]) is not { Kind: ShapeKind.KeyedArray })
            {
                return false;
            }

            star = arrayPath.IndexOf("/*", star + 2, StringComparison.Ordinal);
        }

        return true;
    }
}
