namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// The catalogue of findings of the EDIFACT ↔ canonical mappings (EDI02xx). Ids are stable. The CONTRL
/// code (0085) is the nearest syntax error code, for a gateway that rejects such a message with a CONTRL:
/// 12 (invalid value) or 13 (missing); 0 where no syntax error code applies.
/// </summary>
public static class EdifactMappingDiagnostics
{
    /// <summary>EDI0201: the canonical document needs a value the message does not give.</summary>
    public static EdifactDiagnosticDescriptor MissingData { get; } = new(
        "EDI0201", "{0} is missing: {1}", 13, EdifactSeverity.Error);

    /// <summary>EDI0202: a DTM value is not a date or time in its format (UNCL 2379).</summary>
    public static EdifactDiagnosticDescriptor InvalidDate { get; } = new(
        "EDI0202", "'{0}' is not a valid date/time in format {1}", 12, EdifactSeverity.Error);

    /// <summary>EDI0203: a qualifier the mapping does not carry into the canonical model; the segment is left out.</summary>
    public static EdifactDiagnosticDescriptor UnmappedQualifier { get; } = new(
        "EDI0203", "{0} qualifier '{1}' is not mapped to the canonical model; the segment is left out", 0, EdifactSeverity.Info);

    /// <summary>EDI0204: a coded value that is not one of the code list the canonical field takes.</summary>
    public static EdifactDiagnosticDescriptor InvalidCode { get; } = new(
        "EDI0204", "'{0}' is not a valid {1}: {2}", 12, EdifactSeverity.Error);

    /// <summary>EDI0205: a numeric value that is not a number.</summary>
    public static EdifactDiagnosticDescriptor InvalidNumber { get; } = new(
        "EDI0205", "'{0}' is not a number ({1})", 12, EdifactSeverity.Error);

    /// <summary>EDI0206: a message type (or directory version) the gateway has no mapping for.</summary>
    public static EdifactDiagnosticDescriptor NoMapping { get; } = new(
        "EDI0206", "No mapping to the canonical model for {0} messages of directory {1}", 0, EdifactSeverity.Error);

    /// <summary>EDI0207: the directory the message names is not one the gateway carries.</summary>
    public static EdifactDiagnosticDescriptor UnknownDirectory { get; } = new(
        "EDI0207", "Directory {0} (UNH S009) is not known: the message can not be mapped", 0, EdifactSeverity.Error);

    /// <summary>EDI0208: a control total (CNT) that disagrees with what the message holds.</summary>
    public static EdifactDiagnosticDescriptor CountMismatch { get; } = new(
        "EDI0208", "CNT+{0} declares {1} but the message holds {2}", 0, EdifactSeverity.Warning);

    /// <summary>EDI0209: the message type was missing from UNH and was inferred (lenient reading).</summary>
    public static EdifactDiagnosticDescriptor MessageTypeInferred { get; } = new(
        "EDI0209", "The message type is missing from UNH S009; it was taken to be {0} from {1}", 0, EdifactSeverity.Warning);

    /// <summary>EDI0210: the message could not be read to its end (a syntax error stopped it).</summary>
    public static EdifactDiagnosticDescriptor Unreadable { get; } = new(
        "EDI0210", "The message could not be read: {0}", 13, EdifactSeverity.Error);

    /// <summary>EDI0211: a segment whose data the canonical model has no place for occurs again and is left out.</summary>
    public static EdifactDiagnosticDescriptor Repeated { get; } = new(
        "EDI0211", "{0} occurs more than once where the canonical model takes one; the later occurrence is left out", 0, EdifactSeverity.Warning);

    /// <summary>Every entry, in id order.</summary>
    public static IReadOnlyList<EdifactDiagnosticDescriptor> All { get; } =
    [
        MissingData, InvalidDate, UnmappedQualifier, InvalidCode, InvalidNumber, NoMapping, UnknownDirectory,
        CountMismatch, MessageTypeInferred, Unreadable, Repeated,
    ];
}
