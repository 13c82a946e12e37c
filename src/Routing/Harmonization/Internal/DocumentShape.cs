using System.Text.Json.Serialization.Metadata;
using UniPass.Gateway.Messages.Wco.Json;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// The canonical JSON shape of one document type, taken once (at catalogue load) from the model's
/// source-generated System.Text.Json metadata, so that it can not drift from what canonical JSON holds.
/// The catalogue's keys decide which arrays of objects are split element by element.
/// </summary>
internal sealed class DocumentShape
{
    // The model nests fewer than ten levels; a deeper shape would mean a cycle.
    private const int MaxDepth = 16;

    private readonly Dictionary<string, ShapeNode> _byPattern = new(StringComparer.Ordinal);
    private List<ShapeNode> _atoms = [];

    private DocumentShape(string documentType, ShapeNode root)
    {
        DocumentType = documentType;
        Root = root;
        Index(root);
    }

    public string DocumentType { get; }

    public ShapeNode Root { get; }

    /// <summary>Values and atomic arrays in canonical JSON order; a node's <see cref="ShapeNode.Atom"/> indexes this list.</summary>
    public IReadOnlyList<ShapeNode> Atoms => _atoms;

    /// <summary>The node a pattern names (<c>/goodsItems/*</c> names the element), or null.</summary>
    public ShapeNode? Find(string pattern) => pattern.Length == 0 ? Root : _byPattern.GetValueOrDefault(pattern);

    /// <summary>The shape of <paramref name="modelType"/> as canonical JSON writes it; arrays of objects start unkeyed.</summary>
    public static DocumentShape FromModel(string documentType, Type modelType) =>
        new(documentType, Build(string.Empty, string.Empty, modelType, 0));

    /// <summary>Numbers the atoms once every key is applied.</summary>
    public void IndexAtoms()
    {
        _atoms = [];
        Number(Root);
    }

    /// <summary>Every atom at or below <paramref name="node"/>.</summary>
    public static IEnumerable<ShapeNode> AtomsBelow(ShapeNode node)
    {
        if (node.IsAtom)
        {
            yield return node;
            yield break;
        }

        var children = node.Kind == ShapeKind.KeyedArray ? [node.Element!] : node.Members;
        foreach (var child in children)
        {
            foreach (var atom in AtomsBelow(child))
            {
                yield return atom;
            }
        }
    }

    private void Number(ShapeNode node)
    {
        if (node.IsAtom)
        {
            node.Atom = _atoms.Count;
            _atoms.Add(node);
            return;
        }

        node.Atom = -1;
        if (node.Kind == ShapeKind.KeyedArray)
        {
            Number(node.Element!);
            return;
        }

        foreach (var member in node.Members)
        {
            Number(member);
        }
    }

    private void Index(ShapeNode node)
    {
        if (node.Pattern.Length > 0)
        {
            _byPattern[node.Pattern] = node;
        }

        if (node.Element is { } element)
        {
            Index(element);
        }

        foreach (var member in node.Members)
        {
            Index(member);
        }
    }

    private static ShapeNode Build(string pattern, string name, Type type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"The canonical model nests deeper than {MaxDepth} levels at {pattern}.");
        }

        var info = CanonicalJsonContext.Default.GetTypeInfo(type)
            ?? throw new InvalidOperationException($"The canonical JSON context has no metadata for {type} ({pattern}).");
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
            {
                var node = new ShapeNode(pattern, name, ShapeKind.Object, "an object");
                foreach (var property in info.Properties)
                {
                    node.Add(Build(pattern + "/" + property.Name, property.Name, property.PropertyType, depth + 1));
                }

                return node;
            }

            case JsonTypeInfoKind.Enumerable when info.ElementType is { } elementType
                && CanonicalJsonContext.Default.GetTypeInfo(elementType)?.Kind == JsonTypeInfoKind.Object:
                return new ShapeNode(pattern, name, ShapeKind.AtomicArray, "an array of objects")
                {
                    Element = Build(pattern + "/*", "*", elementType, depth + 1),
                };

            case JsonTypeInfoKind.Enumerable:
                return new ShapeNode(pattern, name, ShapeKind.AtomicArray, "an array of values");

            default:
                return new ShapeNode(pattern, name, ShapeKind.Value, "a value");
        }
    }
}
