namespace UniPass.Gateway.Routing.Harmonization.Internal;

/// <summary>What a canonical JSON node is, as far as the split is concerned.</summary>
internal enum ShapeKind
{
    /// <summary>A value: string, number, date, code, enum; an atom of the split.</summary>
    Value,

    /// <summary>An object: split member by member.</summary>
    Object,

    /// <summary>An array of objects whose elements the catalogue keys: split element by element, each element referenced by its key.</summary>
    KeyedArray,

    /// <summary>An array of values, or of objects without a key: an atom of the split, sent whole.</summary>
    AtomicArray,
}
