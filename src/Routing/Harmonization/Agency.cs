using UniPass.Gateway.Routing.Bus;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>A government agency of the single window, as the catalogue defines it.</summary>
public sealed class Agency
{
    internal Agency(int index, string id, string name, string? description, bool isCommonCore, IReadOnlyList<AgencyCondition> conditions, IReadOnlyDictionary<string, AgencyNeeds> needs)
    {
        Index = index;
        Id = id;
        Name = name;
        Description = description;
        IsCommonCore = isCommonCore;
        Conditions = conditions;
        Needs = needs;
        Topic = Topics.ForAgency(id);
    }

    /// <summary>The lower-case id (<c>plant-health</c>); the agency's packages go to <see cref="Topic"/>.</summary>
    public string Id { get; }

    public string Name { get; }

    public string? Description { get; }

    /// <summary>True for the agency (customs) whose every needed field is in the common core.</summary>
    public bool IsCommonCore { get; }

    /// <summary><c>oga.&lt;id&gt;</c>.</summary>
    public string Topic { get; }

    public IReadOnlyList<AgencyCondition> Conditions { get; }

    /// <summary>What the agency needs, by canonical document type.</summary>
    public IReadOnlyDictionary<string, AgencyNeeds> Needs { get; }

    /// <summary>The fields the agency needs from <paramref name="documentType"/> (none when it needs nothing of it).</summary>
    public IReadOnlyList<string> Fields(string documentType) => Needs.TryGetValue(documentType, out var needs) ? needs.Fields : [];

    /// <summary>The agency's position in the catalogue: its bit in agency sets.</summary>
    internal int Index { get; }

    internal ulong Bit => 1UL << Index;

    public override string ToString() => Id;
}
