namespace UniPass.Gateway.Messages.Wco.Validation;

/// <summary>Stable ids of the business checks that need no database.</summary>
public static class BusinessRuleIds
{
    /// <summary>A declared total (items, packages, invoice amount, passengers, crew) disagrees with what the document holds.</summary>
    public const string TotalMismatch = "BUS0001";

    /// <summary>A party the document type requires is missing.</summary>
    public const string MissingParty = "BUS0002";

    /// <summary>A commodity code is not a Harmonized System code (chapter 77 is reserved, 98-99 are national).</summary>
    public const string HsCodeShape = "BUS0003";

    /// <summary>A date is impossible or out of order (in the future, before birth, expiry before issue...).</summary>
    public const string DateSanity = "BUS0004";

    /// <summary>Sequence numbers are not unique.</summary>
    public const string DuplicateSequence = "BUS0005";

    /// <summary>Net mass exceeds gross mass.</summary>
    public const string MassOrder = "BUS0006";

    /// <summary>The same unique cargo reference appears twice in one cargo report.</summary>
    public const string DuplicateCargoReference = "BUS0007";

    /// <summary>A flight leg arrives at the airport it departs from.</summary>
    public const string LegEndpoints = "BUS0008";

    /// <summary>A travel document has expired by the date of the flight.</summary>
    public const string DocumentExpired = "BUS0009";

    /// <summary>A required coded value is empty (a document built in code with <c>default</c> in a required member).</summary>
    public const string RequiredValue = "BUS0010";
}
