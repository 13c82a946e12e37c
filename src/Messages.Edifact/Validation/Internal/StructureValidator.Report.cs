using System.Text;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Internal;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

internal sealed partial class StructureValidator
{
    private const int MaxShownLength = 35;

    private void ReportAt(EnvelopeValidator envelope, EdifactDiagnosticDescriptor descriptor, int element, int component, int repetition, long offset, params object?[] args) =>
        envelope.Add(Diagnostic(descriptor, element, component, repetition, offset, args));

    /// <summary>A finding located at the current segment.</summary>
    private EdifactDiagnostic Diagnostic(EdifactDiagnosticDescriptor descriptor, int element, int component, int repetition, long offset, params object?[] args) =>
        EdifactDiagnostic.Create(descriptor, args) with
        {
            SegmentIndex = _segmentIndex,
            MessageSegmentIndex = _inMessage ? _messageSegmentIndex : 0,
            SegmentTag = SegmentTagText,
            Element = element,
            Component = component,
            Repetition = repetition,
            ByteOffset = offset,
        };

    /// <summary>
    /// The segment table's findings, at the segment that revealed them (UCS: the segment position
    /// where the error was detected) or, when the message ended without UNT, at its last segment.
    /// </summary>
    private void ReportStructure(EnvelopeValidator envelope, ReadOnlySpan<StructureFinding> findings, bool atEnd, long offset = 0)
    {
        var message = _message!;
        var type = message.Table.MessageType;
        var lastTag = TagBytes.ToText(_lastTagBits, _lastTagLength);
        var tag = atEnd ? lastTag : SegmentTagText;
        var where = atEnd ? "at the end of the message" : "before " + tag;
        foreach (var finding in findings)
        {
            var diagnostic = finding.Kind switch
            {
                StructureFindingKind.MissingSegment when finding.Entry is SegmentEntry s =>
                    EdifactDiagnostic.Create(EdifactDiagnostics.MissingSegment, s.Tag, s.Position, type, where),
                StructureFindingKind.MissingGroup when finding.Entry is SegmentGroupEntry g =>
                    EdifactDiagnostic.Create(EdifactDiagnostics.MissingSegmentGroup, $"SG{g.Number}", g.Position, ((SegmentEntry)g.Entries[0]).Tag, type, where),
                StructureFindingKind.TooManySegmentRepetitions when finding.Entry is SegmentEntry s =>
                    EdifactDiagnostic.Create(EdifactDiagnostics.TooManySegmentRepetitions, s.Tag, s.Position, finding.Occurrences, type, s.MaxRepeats),
                StructureFindingKind.TooManyGroupRepetitions when finding.Entry is SegmentGroupEntry g =>
                    EdifactDiagnostic.Create(EdifactDiagnostics.TooManySegmentGroupRepetitions, $"SG{g.Number}", g.Position, finding.Occurrences, type, g.MaxRepeats),
                StructureFindingKind.UnexpectedSegment =>
                    EdifactDiagnostic.Create(EdifactDiagnostics.UnexpectedSegment, tag, type, lastTag),
                _ => EdifactDiagnostic.Create(EdifactDiagnostics.SegmentNotInMessage, tag, type, message.Directory.Directory.Id),
            };
            envelope.Add(diagnostic with
            {
                SegmentIndex = atEnd ? _lastSegmentIndex : _segmentIndex,
                MessageSegmentIndex = atEnd ? _lastMessageSegmentIndex : _messageSegmentIndex,
                SegmentTag = tag,
                ByteOffset = atEnd ? _lastSegmentOffset : offset,
            });
        }
    }

    /// <summary>The current value as text for a message, shortened when long.</summary>
    private static string Shown(ref EdifactReader reader)
    {
        var text = reader.GetString();
        return Printable(text.Length > MaxShownLength ? string.Concat(text.AsSpan(0, MaxShownLength), "...") : text);
    }

    private static string Printable(ReadOnlySpan<byte> value) => Printable(Encoding.Latin1.GetString(value));

    private static string Printable(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
