namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// Where an <see cref="ElementRef"/> stands in a segment of one directory: the 1-based data element
/// position after the tag and the 1-based component position (1 for a simple data element), as
/// <see cref="EdifactReader.ElementIndex"/> and <see cref="EdifactReader.ComponentIndex"/> count them.
/// </summary>
public readonly record struct ElementPosition(int Element, int Component)
{
    /// <summary>True when the directory's segment has the element (positions start at 1).</summary>
    public bool Exists => Element > 0;

    /// <summary><c>2:1</c>.</summary>
    public override string ToString() => $"{Element}:{Component}";
}
