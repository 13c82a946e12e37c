namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>The canonical fields an agency needs from one document type, as the catalogue names them, and why.</summary>
public sealed class AgencyNeeds
{
    internal AgencyNeeds(string? because, IReadOnlyList<string> paths, IReadOnlyList<string> fields, IReadOnlyList<int> atoms)
    {
        Because = because;
        Paths = paths;
        Fields = fields;
        Atoms = atoms;
    }

    public string? Because { get; }

    /// <summary>The paths as the catalogue writes them (an object or keyed array names everything below it).</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>
    /// The fields the paths come to: values and whole arrays of values or of unkeyed objects, as canonical
    /// JSON pointer patterns (<c>/goodsItems/*/commodityCode</c>), in canonical JSON order.
    /// </summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The same fields as atom indices of the document shape, ascending.</summary>
    internal IReadOnlyList<int> Atoms { get; }
}
