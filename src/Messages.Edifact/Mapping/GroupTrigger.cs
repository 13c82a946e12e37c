namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// One step of a path through segment groups: the group triggered by <see cref="Tag"/>, the
/// <see cref="Ordinal"/>th such group among its siblings. PAXLST has two top-level groups triggered by
/// NAD (SG1 the reporting party, SG4 the travellers): <c>"NAD"</c> is the first, <c>new("NAD", 2)</c> the second.
/// </summary>
public readonly record struct GroupTrigger
{
    public GroupTrigger(string tag, int ordinal = 1)
    {
        if (tag is not { Length: 3 } || !tag.All(char.IsAsciiLetterUpper))
        {
            throw new ArgumentException($"'{tag}' is not a segment tag (three capital letters).", nameof(tag));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(ordinal, 1);
        Tag = tag;
        Ordinal = ordinal;
    }

    /// <summary>The trigger segment's tag.</summary>
    public string Tag { get; }

    /// <summary>1 for the first group among its siblings with this trigger, 2 for the second...</summary>
    public int Ordinal { get; }

    /// <summary>The first group triggered by <paramref name="tag"/>.</summary>
    public static implicit operator GroupTrigger(string tag) => new(tag);

    /// <summary><c>NAD</c>, <c>NAD#2</c>.</summary>
    public override string ToString() => Ordinal == 1 ? Tag : $"{Tag}#{Ordinal}";
}
