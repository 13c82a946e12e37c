using System.Collections.Frozen;

namespace UniPass.Gateway.Messages.Edifact.Directories;

/// <summary>The code values of one coded data element (UNCL), without their descriptions.</summary>
public sealed class CodeList
{
    private readonly FrozenSet<string> _values;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    public CodeList(string elementId, IEnumerable<string> values)
    {
        ElementId = elementId;
        Values = values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        _values = Values.ToFrozenSet(StringComparer.Ordinal);
        _spanLookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The data element the list belongs to.</summary>
    public string ElementId { get; }

    /// <summary>The values, sorted ordinally.</summary>
    public IReadOnlyList<string> Values { get; }

    public bool Contains(string value) => _values.Contains(value);

    public bool Contains(ReadOnlySpan<char> value) => _spanLookup.Contains(value);
}
