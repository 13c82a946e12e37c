namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// The catalogue of syntax, envelope (EDI00xx) and directory-level (EDI01xx) findings. Ids are stable; CONTRL codes are the values
/// of syntax error code 0085 (UN/EDIFACT service code list; ISO 9735-1:2002 annex).
/// </summary>
public static class EdifactDiagnostics
{
    /// <summary>EDI0001: the UNA service string advice is malformed.</summary>
    public static EdifactDiagnosticDescriptor InvalidServiceStringAdvice { get; } = new(
        "EDI0001", "Invalid service string advice: UNA must be followed by six distinct service characters", 20, EdifactSeverity.Error);

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

    /// <summary>EDI0010: a byte outside the repertoire of syntax level A or B; an error only when <see cref="EdifactReaderOptions.EnforceRepertoire"/> is set in strict mode.</summary>
    public static EdifactDiagnosticDescriptor CharacterOutsideRepertoire { get; } = new(
        "EDI0010", "Character 0x{0:X2} is outside the repertoire of {1}", 21, EdifactSeverity.Warning);

    /// <summary>EDI0011: a repetition separator declared in UNA before syntax version 4.</summary>
    public static EdifactDiagnosticDescriptor RepetitionSeparatorBeforeVersion4 { get; } = new(
        "EDI0011", "UNA position 5 must be a space before syntax version 4 (found '{0}')", 20, EdifactSeverity.Warning);

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

    /// <summary>EDI0035: a value of a UTF-8 level (UNOY, UNOW) that is not UTF-8 (an invalid, overlong or truncated sequence, or a surrogate).</summary>
    public static EdifactDiagnosticDescriptor InvalidUtf8 { get; } = new(
        "EDI0035", "Byte 0x{0:X2} does not continue valid UTF-8, which {1} requires", 21, EdifactSeverity.Error);

    /// <summary>EDI0034: the input is empty or holds no segment.</summary>
    public static EdifactDiagnosticDescriptor EmptyInterchange { get; } = new(
        "EDI0034", "The input holds no EDIFACT segment", 13, EdifactSeverity.Error);

    // Directory level (EDI01xx): the message against its directory's segment table, segments,
    // composites, data elements and code lists. CONTRL codes are those of 0085 for the same fault.

    /// <summary>EDI0101: the message names a directory the catalog does not carry (information: envelope level only).</summary>
    public static EdifactDiagnosticDescriptor UnknownDirectory { get; } = new(
        "EDI0101", "Directory {0} is not in the catalog: {1} messages of it are validated at envelope level only", 0, EdifactSeverity.Info);

    /// <summary>EDI0102: the directory is known but does not carry the message type (information: envelope level only).</summary>
    public static EdifactDiagnosticDescriptor MessageTypeNotInDirectory { get; } = new(
        "EDI0102", "Message type {0} is not in the catalog's directory {1}: validated at envelope level only", 0, EdifactSeverity.Info);

    /// <summary>EDI0103: UNH S009 (or UNG) does not identify a directory: 0051, 0052 and 0054 are code values of 1-3 letters or digits.</summary>
    public static EdifactDiagnosticDescriptor InvalidDirectoryIdentification { get; } = new(
        "EDI0103", "Message '{0}' does not identify a directory: '{1}' (0052 version, 0054 release and 0051 agency are 1-3 letters or digits)", 12, EdifactSeverity.Error);

    /// <summary>EDI0110: a mandatory segment of the segment table is missing.</summary>
    public static EdifactDiagnosticDescriptor MissingSegment { get; } = new(
        "EDI0110", "Mandatory segment {0} (position {1}) of {2} is missing {3}", 13, EdifactSeverity.Error);

    /// <summary>EDI0111: a mandatory segment group is missing.</summary>
    public static EdifactDiagnosticDescriptor MissingSegmentGroup { get; } = new(
        "EDI0111", "Mandatory segment group {0} (position {1}, starting with {2}) of {3} is missing {4}", 13, EdifactSeverity.Error);

    /// <summary>EDI0112: a segment occurs more often than the segment table allows.</summary>
    public static EdifactDiagnosticDescriptor TooManySegmentRepetitions { get; } = new(
        "EDI0112", "Segment {0} (position {1}) occurs {2} times; {3} allows at most {4}", 35, EdifactSeverity.Error);

    /// <summary>EDI0113: a segment group occurs more often than the segment table allows.</summary>
    public static EdifactDiagnosticDescriptor TooManySegmentGroupRepetitions { get; } = new(
        "EDI0113", "Segment group {0} (position {1}) occurs {2} times; {3} allows at most {4}", 36, EdifactSeverity.Error);

    /// <summary>EDI0114: a segment of the message's table where no reachable position takes it.</summary>
    public static EdifactDiagnosticDescriptor UnexpectedSegment { get; } = new(
        "EDI0114", "Segment {0} is not allowed here in {1} (after {2})", 15, EdifactSeverity.Error);

    /// <summary>EDI0115: a segment that the message's table does not have.</summary>
    public static EdifactDiagnosticDescriptor SegmentNotInMessage { get; } = new(
        "EDI0115", "Segment {0} is not part of message {1} in directory {2}", 15, EdifactSeverity.Error);

    /// <summary>EDI0120: a mandatory data element (simple or composite) is missing.</summary>
    public static EdifactDiagnosticDescriptor MissingDataElement { get; } = new(
        "EDI0120", "Mandatory data element {0} of segment {1} is missing", 13, EdifactSeverity.Error);

    /// <summary>EDI0121: a composite is present but a mandatory component is missing.</summary>
    public static EdifactDiagnosticDescriptor MissingComponent { get; } = new(
        "EDI0121", "Mandatory component {0} of composite {1} is missing", 13, EdifactSeverity.Error);

    /// <summary>EDI0122: a segment has more data elements than its definition.</summary>
    public static EdifactDiagnosticDescriptor TooManyDataElements { get; } = new(
        "EDI0122", "Segment {0} has more data elements than the {1} its definition has", 16, EdifactSeverity.Error);

    /// <summary>EDI0123: a composite has more components than its definition, or a simple data element has components.</summary>
    public static EdifactDiagnosticDescriptor TooManyComponents { get; } = new(
        "EDI0123", "Data element {0} has more components than the {1} its definition has", 16, EdifactSeverity.Error);

    /// <summary>EDI0124: a data element is repeated (syntax version 4) more often than its definition allows.</summary>
    public static EdifactDiagnosticDescriptor TooManyDataElementRepetitions { get; } = new(
        "EDI0124", "Data element {0} is repeated more than the {1} time(s) its definition allows", 35, EdifactSeverity.Error);

    /// <summary>EDI0125: a digit in an alphabetic data element, or a character other than digits, sign and decimal mark in a numeric one.</summary>
    public static EdifactDiagnosticDescriptor InvalidCharacterType { get; } = new(
        "EDI0125", "Data element {0} ({1}) holds the invalid character '{2}' in '{3}'", 37, EdifactSeverity.Error);

    /// <summary>EDI0126: a value longer than its representation allows (numerics count digits only).</summary>
    public static EdifactDiagnosticDescriptor DataElementTooLong { get; } = new(
        "EDI0126", "Data element {0} ({1}) is {2} characters long: '{3}'", 39, EdifactSeverity.Error);

    /// <summary>EDI0127: a value shorter than its fixed-length representation.</summary>
    public static EdifactDiagnosticDescriptor DataElementTooShort { get; } = new(
        "EDI0127", "Data element {0} ({1}) is {2} characters long: '{3}'", 40, EdifactSeverity.Error);

    /// <summary>EDI0128: a decimal mark other than the interchange's (syntax versions 1-3: the UNA decimal mark).</summary>
    public static EdifactDiagnosticDescriptor InvalidDecimalMark { get; } = new(
        "EDI0128", "Data element {0} uses '{1}' as decimal mark; the interchange's decimal mark is '{2}': '{3}'", 19, EdifactSeverity.Error);

    /// <summary>EDI0129: a decimal mark without a digit before it.</summary>
    public static EdifactDiagnosticDescriptor MissingDigitBeforeDecimalMark { get; } = new(
        "EDI0129", "Data element {0} has no digit before its decimal mark: '{1}'", 38, EdifactSeverity.Error);

    /// <summary>EDI0130: a numeric value that is not a number (misplaced sign, two decimal marks, no digit after the mark).</summary>
    public static EdifactDiagnosticDescriptor InvalidNumber { get; } = new(
        "EDI0130", "Data element {0} is not a number as ISO 9735 writes it: '{1}' ({2})", 12, EdifactSeverity.Error);

    /// <summary>EDI0131: a coded value that is not in the data element's code list.</summary>
    public static EdifactDiagnosticDescriptor InvalidCode { get; } = new(
        "EDI0131", "'{0}' is not a code of data element {1}", 12, EdifactSeverity.Error);

    /// <summary>EDI0132: a DTM date/time that does not match its format qualifier (2379); a warning unless configured otherwise.</summary>
    public static EdifactDiagnosticDescriptor InvalidDateTime { get; } = new(
        "EDI0132", "'{0}' is not a date/time in format {1} ({2})", 12, EdifactSeverity.Warning);

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
        LineBreaksBetweenSegments, EmptyInterchange, InvalidUtf8,
        UnknownDirectory, MessageTypeNotInDirectory, InvalidDirectoryIdentification,
        MissingSegment, MissingSegmentGroup, TooManySegmentRepetitions, TooManySegmentGroupRepetitions, UnexpectedSegment,
        SegmentNotInMessage, MissingDataElement, MissingComponent, TooManyDataElements, TooManyComponents,
        TooManyDataElementRepetitions, InvalidCharacterType, DataElementTooLong, DataElementTooShort, InvalidDecimalMark,
        MissingDigitBeforeDecimalMark, InvalidNumber, InvalidCode, InvalidDateTime,
    ];
}
