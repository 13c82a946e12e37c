namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>Stable ids of the findings about an agency catalogue (<c>schemas/harmonization/agencies.json</c>).</summary>
public static class HarmonizationDiagnosticIds
{
    /// <summary>The catalogue is not well-formed JSON (or has a member twice).</summary>
    public const string Syntax = "OGA0001";

    /// <summary>A required member is missing.</summary>
    public const string MissingMember = "OGA0002";

    /// <summary>A member the catalogue format does not have.</summary>
    public const string UnknownMember = "OGA0003";

    /// <summary>A value of the wrong JSON type, or empty where a value is required.</summary>
    public const string WrongType = "OGA0004";

    /// <summary>A field path names no field of the canonical model.</summary>
    public const string UnknownField = "OGA0005";

    /// <summary>A field path descends into the elements of an array the catalogue does not key.</summary>
    public const string UnkeyedArray = "OGA0006";

    /// <summary>A key names no array of objects, or a member that is not a value of its elements.</summary>
    public const string BadKey = "OGA0007";

    /// <summary>A malformed code: HS range, procedure, document or UN number, declaration type, agency or condition id.</summary>
    public const string BadCode = "OGA0008";

    /// <summary>A criterion that means nothing for a document type the condition lists (e.g. procedure codes on a cargo report).</summary>
    public const string CriterionNotApplicable = "OGA0009";

    /// <summary>A document type the catalogue can not split, or that its <c>documents</c> do not list.</summary>
    public const string UnknownDocumentType = "OGA0010";

    /// <summary>An agency id that the catalogue does not define.</summary>
    public const string UnknownAgency = "OGA0011";

    /// <summary>An agency, condition or field named twice.</summary>
    public const string Duplicate = "OGA0012";

    /// <summary>Not exactly one agency defines the common core.</summary>
    public const string CommonCore = "OGA0013";

    /// <summary>Needs that no condition can bring about, or a condition for a document type of which the agency needs nothing.</summary>
    public const string Unreachable = "OGA0014";

    /// <summary>The catalogue file could not be read.</summary>
    public const string CannotRead = "OGA0015";

    /// <summary>More agencies than the splitter handles.</summary>
    public const string TooManyAgencies = "OGA0016";

    /// <summary>A format the gateway can not yet map to canonical documents (EDIFACT until its mappings exist).</summary>
    public const string NoMapping = "OGA0017";
}
