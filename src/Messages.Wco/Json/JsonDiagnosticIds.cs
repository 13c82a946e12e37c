namespace UniPass.Gateway.Messages.Wco.Json;

/// <summary>Stable ids of canonical JSON diagnostics.</summary>
public static class JsonDiagnosticIds
{
    /// <summary>Not well-formed JSON.</summary>
    public const string Syntax = "JSN0001";

    /// <summary>A member appears twice in one object.</summary>
    public const string DuplicateKey = "JSN0002";

    /// <summary>Nesting deeper than <see cref="CanonicalJson.MaxDepth"/>.</summary>
    public const string TooDeep = "JSN0003";

    /// <summary>A required member is missing.</summary>
    public const string MissingRequired = "JSN0004";

    /// <summary>A value of the wrong JSON type or shape (e.g. a string where a number belongs, a bad HS code).</summary>
    public const string TypeMismatch = "JSN0005";

    /// <summary>A member the canonical model does not have.</summary>
    public const string UnknownMember = "JSN0006";

    /// <summary>Larger than <see cref="CanonicalJson.MaxDocumentBytes"/>.</summary>
    public const string TooLarge = "JSN0007";

    /// <summary>A <c>documentType</c> the model does not know, or none.</summary>
    public const string UnknownDocumentType = "JSN0008";
}
