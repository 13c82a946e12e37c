namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// The catalogue of syntax and envelope findings. Ids are stable; CONTRL codes are the values
/// of syntax error code 0085 (UN/EDIFACT service code list; ISO 9735-1:2002 annex).
/// </summary>
public static class EdifactDiagnostics
{
    /// <summary>EDI0001: the UNA service string advice is malformed.</summary>
    public static EdifactDiagnosticDescriptor InvalidServiceStringAdvice { get; } = new(
        "EDI0001", "Invalid service string advice: UNA must be followed by six distinct service characters", 22, EdifactSeverity.Error);

    /// <summary>EDI0002: the interchange does not start with UNB.</summary>
    public static EdifactDiagnosticDescriptor MissingInterchangeHeader { get; } = new(
        "EDI0002", "Interchange header UNB missing: found {0}", 13, EdifactSeverity.Error);

    /// <summary>EDI0003: the syntax identifier in UNB S001 is not one ISO 9735 defines.</summary>
    public static EdifactDiagnosticDescriptor UnsupportedSyntaxIdentifier { get; } = new(
        "EDI0003", "Syntax identifier '{0}' is not supported", 2, EdifactSeverity.Error);

    /// <summary>EDI0004: the syntax version in UNB S001 is not 1-4.</summary>
    public static EdifactDiagnosticDescriptor UnsupportedSyntaxVersion { get; } = new(
        "EDI0004", "Syntax version '{0}' is not supported (1-4)", 2, EdifactSeverity.Error);

    /// <summary>EDI0005: a segment tag is not one to three upper-case letters or digits.</summary>
    public static EdifactDiagnosticDescriptor InvalidSegmentTag { get; } = new(
        "EDI0005", "Invalid segment tag '{0}'", 12, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0006: the input ended before the segment terminator.</summary>
    public static EdifactDiagnosticDescriptor UnterminatedSegment { get; } = new(
        "EDI0006", "Segment {0} is not terminated: the input is truncated", 13, EdifactSeverity.Error);

    /// <summary>EDI0007: a line break inside a segment.</summary>
    public static EdifactDiagnosticDescriptor LineBreakInSegment { get; } = new(
        "EDI0007", "Line break inside segment {0}", 21, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0008: a line break was used as segment terminator.</summary>
    public static EdifactDiagnosticDescriptor LineBreakAsTerminator { get; } = new(
        "EDI0008", "Segment {0} is ended by a line break instead of the segment terminator", 21, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0009: blanks or control characters between segments.</summary>
    public static EdifactDiagnosticDescriptor CharactersBetweenSegments { get; } = new(
        "EDI0009", "Blanks or control characters before segment {0}", 21, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0010: a byte outside the repertoire of syntax level A or B.</summary>
    public static EdifactDiagnosticDescriptor CharacterOutsideRepertoire { get; } = new(
        "EDI0010", "Character 0x{0:X2} is outside the repertoire of {1}", 21, EdifactSeverity.Warning);

    /// <summary>EDI0011: a repetition separator declared in UNA before syntax version 4.</summary>
    public static EdifactDiagnosticDescriptor RepetitionSeparatorBeforeVersion4 { get; } = new(
        "EDI0011", "UNA position 5 must be a space before syntax version 4 (found '{0}')", 22, EdifactSeverity.Warning);

    /// <summary>EDI0012: no UNZ before the end of the input.</summary>
    public static EdifactDiagnosticDescriptor MissingInterchangeTrailer { get; } = new(
        "EDI0012", "Interchange trailer UNZ missing", 13, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0013: UNZ 0036 does not match the number of messages or groups.</summary>
    public static EdifactDiagnosticDescriptor InterchangeCountMismatch { get; } = new(
        "EDI0013", "UNZ control count {0} does not match the {1} {2} in the interchange", 29, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0014: UNZ 0020 differs from UNB 0020.</summary>
    public static EdifactDiagnosticDescriptor InterchangeReferenceMismatch { get; } = new(
        "EDI0014", "UNZ control reference '{0}' does not match UNB '{1}'", 28, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0015: a message without UNT.</summary>
    public static EdifactDiagnosticDescriptor MissingMessageTrailer { get; } = new(
        "EDI0015", "Message trailer UNT missing for message '{0}'", 13, EdifactSeverity.Error);

    /// <summary>EDI0016: UNT 0074 does not match the number of segments (UNH and UNT included).</summary>
    public static EdifactDiagnosticDescriptor MessageSegmentCountMismatch { get; } = new(
        "EDI0016", "UNT segment count {0} does not match the {1} segments of message '{2}' (UNH and UNT included)", 29, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0017: UNT 0062 differs from UNH 0062.</summary>
    public static EdifactDiagnosticDescriptor MessageReferenceMismatch { get; } = new(
        "EDI0017", "UNT message reference '{0}' does not match UNH '{1}'", 28, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0018: a group without UNE.</summary>
    public static EdifactDiagnosticDescriptor MissingGroupTrailer { get; } = new(
        "EDI0018", "Group trailer UNE missing for group '{0}'", 13, EdifactSeverity.Error);

    /// <summary>EDI0019: UNE 0060 does not match the number of messages in the group.</summary>
    public static EdifactDiagnosticDescriptor GroupCountMismatch { get; } = new(
        "EDI0019", "UNE control count {0} does not match the {1} messages in group '{2}'", 29, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0020: UNE 0048 differs from UNG 0048.</summary>
    public static EdifactDiagnosticDescriptor GroupReferenceMismatch { get; } = new(
        "EDI0020", "UNE group reference '{0}' does not match UNG '{1}'", 28, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0021: groups and bare messages in one interchange.</summary>
    public static EdifactDiagnosticDescriptor GroupsAndMessagesMixed { get; } = new(
        "EDI0021", "Functional groups and messages outside groups are mixed in one interchange", 30, EdifactSeverity.Error);

    /// <summary>EDI0022: a segment where only an envelope segment may stand.</summary>
    public static EdifactDiagnosticDescriptor SegmentOutsideMessage { get; } = new(
        "EDI0022", "Segment {0} occurs outside a message", 33, EdifactSeverity.Error);

    /// <summary>EDI0023: UNH S009 0065 (message type) is empty.</summary>
    public static EdifactDiagnosticDescriptor MissingMessageType { get; } = new(
        "EDI0023", "Message type (UNH S009 0065) is missing in message '{0}'", 13, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0024: an envelope segment in a position where it is not allowed.</summary>
    public static EdifactDiagnosticDescriptor UnexpectedEnvelopeSegment { get; } = new(
        "EDI0024", "Segment {0} is not allowed here: {1}", 15, EdifactSeverity.Error);

    /// <summary>EDI0025: group or message versions inconsistent with the interchange syntax.</summary>
    public static EdifactDiagnosticDescriptor SyntaxInconsistent { get; } = new(
        "EDI0025", "{0}", 14, EdifactSeverity.Error);

    /// <summary>EDI0026: a mandatory envelope element is missing.</summary>
    public static EdifactDiagnosticDescriptor MissingEnvelopeElement { get; } = new(
        "EDI0026", "Mandatory {0} {1} is missing", 13, EdifactSeverity.Error, RecoveredWhenLenient: true);

    /// <summary>EDI0027: an envelope value is invalid (not numeric, too long).</summary>
    public static EdifactDiagnosticDescriptor InvalidEnvelopeValue { get; } = new(
        "EDI0027", "Invalid {0} '{1}' in {2}", 12, EdifactSeverity.Error);

    /// <summary>EDI0028: data after the interchange trailer.</summary>
    public static EdifactDiagnosticDescriptor DataAfterInterchange { get; } = new(
        "EDI0028", "Segment {0} follows the interchange trailer UNZ", 33, EdifactSeverity.Error);

    /// <summary>EDI0029: an interchange (or group) without messages.</summary>
    public static EdifactDiagnosticDescriptor LowerLevelEmpty { get; } = new(
        "EDI0029", "The {0} contains no messages", 32, EdifactSeverity.Error);

    /// <summary>EDI0030: a segment longer than the configured limit.</summary>
    public static EdifactDiagnosticDescriptor SegmentTooLong { get; } = new(
        "EDI0030", "Segment exceeds the limit of {0} bytes", 18, EdifactSeverity.Error);

    /// <summary>EDI0031: a message longer than the configured limit.</summary>
    public static EdifactDiagnosticDescriptor MessageTooLarge { get; } = new(
        "EDI0031", "Message '{0}' exceeds the limit of {1} bytes", 18, EdifactSeverity.Error);

    /// <summary>EDI0032: an interchange longer than the configured limit.</summary>
    public static EdifactDiagnosticDescriptor InterchangeTooLarge { get; } = new(
        "EDI0032", "Interchange exceeds the limit of {0} bytes", 18, EdifactSeverity.Error);

    /// <summary>EDI0033: line breaks between segments (common practice; ISO 9735 has none).</summary>
    public static EdifactDiagnosticDescriptor LineBreaksBetweenSegments { get; } = new(
        "EDI0033", "Line breaks between segments were ignored", 0, EdifactSeverity.Info);

    /// <summary>EDI0034: the input is empty or holds no segment.</summary>
    public static EdifactDiagnosticDescriptor EmptyInterchange { get; } = new(
        "EDI0034", "The input holds no EDIFACT segment", 13, EdifactSeverity.Error);

    /// <summary>Every entry, in id order.</summary>
    public static IReadOnlyList<EdifactDiagnosticDescriptor> All { get; } =
    [
        InvalidServiceStringAdvice, MissingInterchangeHeader, UnsupportedSyntaxIdentifier, UnsupportedSyntaxVersion,
        InvalidSegmentTag, UnterminatedSegment, LineBreakInSegment, LineBreakAsTerminator, CharactersBetweenSegments,
        CharacterOutsideRepertoire, RepetitionSeparatorBeforeVersion4, MissingInterchangeTrailer, InterchangeCountMismatch,
        InterchangeReferenceMismatch, MissingMessageTrailer, MessageSegmentCountMismatch, MessageReferenceMismatch,
        MissingGroupTrailer, GroupCountMismatch, GroupReferenceMismatch, GroupsAndMessagesMixed, SegmentOutsideMessage,
        MissingMessageType, UnexpectedEnvelopeSegment, SyntaxInconsistent, MissingEnvelopeElement, InvalidEnvelopeValue,
        DataAfterInterchange, LowerLevelEmpty, SegmentTooLong, MessageTooLarge, InterchangeTooLarge,
        LineBreaksBetweenSegments, EmptyInterchange,
    ];
}
