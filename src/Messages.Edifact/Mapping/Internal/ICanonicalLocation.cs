namespace UniPass.Gateway.Messages.Edifact.Mapping.Internal;

/// <summary>
/// Something of the canonical document being built that findings can point at. The pointer is only
/// formed when a finding is reported, so a message mapped without findings builds no pointer text.
/// </summary>
internal interface ICanonicalLocation
{
    /// <summary>The JSON pointer of the object in its canonical JSON (empty for the document).</summary>
    string Pointer { get; }
}

/// <summary>An element of a collection of the canonical document being built, e.g. <c>/travellers/3</c>.</summary>
internal abstract class CanonicalElement(ICanonicalLocation parent, string collection, int index) : ICanonicalLocation
{
    private string? _pointer;

    public int Index { get; } = index;

    public string Pointer => _pointer ??= $"{parent.Pointer}/{collection}/{Index}";
}

/// <summary>A member of the document at a fixed pointer, e.g. <c>/reportingParty</c>.</summary>
internal sealed class FixedLocation(string pointer) : ICanonicalLocation
{
    public string Pointer { get; } = pointer;
}
