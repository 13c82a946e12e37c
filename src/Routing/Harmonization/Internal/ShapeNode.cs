namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// One node of a document type's shape: its canonical JSON pointer pattern (<c>/goodsItems/*/commodityCode</c>),
/// its kind and, for objects, its members in canonical JSON order; for keyed arrays the element and its key.
/// Atoms (values and atomic arrays) carry their index among the document type's atoms.
/// </summary>
internal sealed class ShapeNode
{
    private readonly Dictionary<string, ShapeNode> _members = new(StringComparer.Ordinal);
    private readonly List<ShapeNode> _ordered = [];

    public ShapeNode(string pattern, string name, ShapeKind kind, string description)
    {
        Pattern = pattern;
        Name = name;
        Kind = kind;
        Description = description;
    }

    public string Pattern { get; }

    /// <summary>The member name, or <c>*</c> for an array element.</summary>
    public string Name { get; }

    public ShapeKind Kind { get; set; }

    /// <summary>What the node is, for diagnostics ("an object", "an array of values").</summary>
    public string Description { get; }

    /// <summary>The element of an array of objects (null otherwise).</summary>
    public ShapeNode? Element { get; set; }

    /// <summary>The members identifying an element of a keyed array, in the catalogue's order.</summary>
    public IReadOnlyList<string> Key { get; set; } = [];

    /// <summary>True when the array's elements are items a condition is evaluated on (goods items, consignments).</summary>
    public bool IsItemScope { get; set; }

    /// <summary>The atom index for values and atomic arrays; -1 otherwise.</summary>
    public int Atom { get; set; } = -1;

    public IReadOnlyList<ShapeNode> Members => _ordered;

    public bool IsAtom => Kind is ShapeKind.Value or ShapeKind.AtomicArray;

    public void Add(ShapeNode member)
    {
        _members.Add(member.Name, member);
        _ordered.Add(member);
    }

    public ShapeNode? Member(string name) => _members.GetValueOrDefault(name);
}
