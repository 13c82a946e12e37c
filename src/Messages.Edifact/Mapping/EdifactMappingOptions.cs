namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>How <see cref="EdifactMapper"/> maps messages.</summary>
public sealed record EdifactMappingOptions
{
    /// <summary>
    /// The date two-digit years (DTM formats 101, 201, 202) are judged against: a birth date lies before
    /// it, an expiry or departure within fifty years of it. Null: the interchange's preparation date
    /// (UNB S004), or, without one, the 1950-2049 window.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The defaults.</summary>
    public static EdifactMappingOptions Default { get; } = new();
}
