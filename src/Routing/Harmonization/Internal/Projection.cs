using System.Numerics;
using System.Text.Json.Nodes;

namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>
/// One walk over a document's canonical JSON that sends every field instance where it belongs: to the
/// common core when the common-core agency or more than one concerned agency needs it, else to the package
/// of the one agency that needs it, else nowhere. An instance is needed by an agency when the catalogue
/// names the field for it and the agency is concerned at the instance's item (or by the document, above
/// items). Trees keep canonical JSON order; an array element that is sent anywhere carries its key.
/// Per package the walk also builds the key tree of the items concerning it and the part of the core the
/// agency needs.
/// </summary>
internal sealed class Projection
{
    private const int CommonSlot = 0;

    private readonly ulong[] _needers;
    private readonly DocumentConcerns _concerns;
    private readonly ulong _coreBit;
    private readonly int[] _packageOf;
    private readonly Agency[] _packages;
    private readonly int _slots;
    private readonly SortedSet<int>[] _fromCommon;

    public Projection(AgencyCatalogue catalogue, DocumentShape shape, DocumentConcerns concerns)
    {
        _needers = catalogue.Needers(shape.DocumentType);
        _concerns = concerns;
        _coreBit = catalogue.CommonCore.Bit;
        _packages = [.. catalogue.Agencies.Where(a => !a.IsCommonCore && (concerns.Document & a.Bit) != 0)];
        _packageOf = Enumerable.Repeat(-1, catalogue.Agencies.Count).ToArray();
        for (var p = 0; p < _packages.Length; p++)
        {
            _packageOf[_packages[p].Index] = p;
        }

        _slots = 1 + (3 * _packages.Length);
        _fromCommon = [.. _packages.Select(_ => new SortedSet<int>())];
        Shape = shape;
    }

    public DocumentShape Shape { get; }

    /// <summary>The concerned agencies other than the common-core one, in catalogue order: one package each.</summary>
    public IReadOnlyList<Agency> Packages => _packages;

    public JsonObject Common { get; private set; } = [];

    public JsonObject[] Fields { get; private set; } = [];

    public JsonObject[] FromCommonFields { get; private set; } = [];

    public JsonObject[] Items { get; private set; } = [];

    /// <summary>Per package, the atoms of which it received at least one instance through the core.</summary>
    public IReadOnlyList<SortedSet<int>> FromCommon => _fromCommon;

    public void Run(JsonObject document)
    {
        var slots = WalkObject(document, Shape.Root, string.Empty, null, [], null) ?? new JsonObject?[_slots];
        Common = slots[CommonSlot] ?? [];
        Fields = [.. Enumerable.Range(0, _packages.Length).Select(p => slots[FieldsSlot(p)] ?? [])];
        FromCommonFields = [.. Enumerable.Range(0, _packages.Length).Select(p => slots[ViewSlot(p)] ?? [])];
        Items = [.. Enumerable.Range(0, _packages.Length).Select(p => slots[ItemsSlot(p)] ?? [])];
    }

    private int FieldsSlot(int package) => 1 + package;

    private int ViewSlot(int package) => 1 + _packages.Length + package;

    private int ItemsSlot(int package) => 1 + (2 * _packages.Length) + package;

    private JsonObject?[]? WalkObject(JsonObject source, ShapeNode shape, string pointer, string? scope, IReadOnlyList<string> key, JsonObject?[]? result)
    {
        foreach (var (name, value) in source)
        {
            if (value is null || shape.Member(name) is not { } member)
            {
                continue;
            }

            if (member.IsAtom)
            {
                var needers = _needers[member.Atom] & _concerns.At(scope);
                if (needers != 0)
                {
                    Place(member.Atom, needers, name, value, source, key, ref result);
                }
            }
            else if (member.Kind == ShapeKind.Object && value is JsonObject child)
            {
                Attach(WalkObject(child, member, pointer + "/" + name, scope, [], null), name, source, key, ref result);
            }
            else if (member.Kind == ShapeKind.KeyedArray && value is JsonArray array)
            {
                Attach(WalkArray(array, member, pointer + "/" + name, scope), name, source, key, ref result);
            }
        }

        return result;
    }

    private JsonNode?[]? WalkArray(JsonArray array, ShapeNode shape, string pointer, string? scope)
    {
        JsonNode?[]? arrays = null;
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject element)
            {
                continue;
            }

            var elementPointer = pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var elementScope = shape.IsItemScope ? elementPointer : scope;
            JsonObject?[]? slots = null;
            if (shape.IsItemScope)
            {
                // The key tree of the items that concern each package, whether or not it receives a field of them.
                foreach (var p in PackagesIn(_concerns.At(elementScope)))
                {
                    Slot(ref slots, ItemsSlot(p), element, shape.Key);
                }
            }

            slots = WalkObject(element, shape.Element!, elementPointer, elementScope, shape.Key, slots);
            if (slots is null)
            {
                continue;
            }

            for (var s = 0; s < _slots; s++)
            {
                if (slots[s] is { } tree)
                {
                    arrays ??= new JsonNode?[_slots];
                    ((JsonArray)(arrays[s] ??= new JsonArray())).Add(tree);
                }
            }
        }

        return arrays;
    }

    private void Place(int atom, ulong needers, string name, JsonNode value, JsonObject source, IReadOnlyList<string> key, ref JsonObject?[]? result)
    {
        var others = needers & ~_coreBit;
        if ((needers & _coreBit) != 0 || BitOperations.PopCount(needers) >= 2)
        {
            Slot(ref result, CommonSlot, source, key)[name] = value.DeepClone();
            foreach (var p in PackagesIn(others))
            {
                Slot(ref result, ViewSlot(p), source, key)[name] = value.DeepClone();
                _fromCommon[p].Add(atom);
            }

            return;
        }

        var only = _packageOf[BitOperations.TrailingZeroCount(others)];
        Slot(ref result, FieldsSlot(only), source, key)[name] = value.DeepClone();
    }

    private void Attach(JsonNode?[]? children, string name, JsonObject source, IReadOnlyList<string> key, ref JsonObject?[]? result)
    {
        if (children is null)
        {
            return;
        }

        for (var s = 0; s < _slots; s++)
        {
            if (children[s] is { } child)
            {
                Slot(ref result, s, source, key)[name] = child;
            }
        }
    }

    /// <summary>The object of <paramref name="slot"/> for this element, created with the element's key members first.</summary>
    private JsonObject Slot(ref JsonObject?[]? result, int slot, JsonObject source, IReadOnlyList<string> key)
    {
        result ??= new JsonObject?[_slots];
        if (result[slot] is { } existing)
        {
            return existing;
        }

        var created = new JsonObject();
        foreach (var member in key)
        {
            if (source[member] is { } value)
            {
                created[member] = value.DeepClone();
            }
        }

        return result[slot] = created;
    }

    private IEnumerable<int> PackagesIn(ulong agencies)
    {
        agencies &= ~_coreBit;
        while (agencies != 0)
        {
            var index = BitOperations.TrailingZeroCount(agencies);
            agencies &= agencies - 1;
            if (_packageOf[index] >= 0)
            {
                yield return _packageOf[index];
            }
        }
    }
}
