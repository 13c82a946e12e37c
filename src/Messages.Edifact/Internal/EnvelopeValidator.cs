using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Internal;

/// <summary>
/// Judges the envelope structure of one interchange from the tokens of <see cref="EdifactReader"/>
/// (ISO 9735-1 §8: UNB/UNZ, UNG/UNE, UNH/UNT) and collects diagnostics; the service segments are
/// decoded into headers, every other segment is only counted.
/// </summary>
internal sealed partial class EnvelopeValidator
{
    private const int MaxTagLength = 8;

    private readonly EdifactReaderOptions _options;
    private readonly List<EdifactDiagnostic> _diagnostics = [];
    private readonly List<GroupHeader> _groups = [];
    private readonly byte[] _tag = new byte[MaxTagLength];
    private int _tagLength;
    private string? _tagText;
    private CapturedSegment? _capture;

    private Phase _phase;
    private int _segmentCount;
    private int _messageCount;
    private int _messagesOutsideGroups;
    private GroupHeader? _group;
    private int _groupMessageCount;
    private MessageHeader? _message;
    private int _messageSegmentCount;
    private int _messageSegmentIndex;
    private int _messageDiagnosticsStart;
    private int _messageErrorStart;
    private bool _lineBreaksNoted;
    private bool _lineBreakTerminatorNoted;
    private bool _repertoireNoted;
    private bool _currentSegmentHasLineBreak;

    public EnvelopeValidator(EdifactReaderOptions options)
    {
        _options = options;
    }

    private enum Phase
    {
        BeforeInterchange,
        InInterchange,
        AfterInterchange,
    }

    public IReadOnlyList<EdifactDiagnostic> Diagnostics => _diagnostics;

    /// <summary>A later layer that sees every token first (directory validation), or null.</summary>
    public IEnvelopeObserver? Observer { get; init; }

    /// <summary>Every error reported so far, kept or suppressed.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Diagnostics beyond <see cref="EdifactReaderOptions.MaxDiagnostics"/> that were only counted.</summary>
    public int SuppressedDiagnostics { get; private set; }

    public bool HasErrors { get; private set; }

    public InterchangeHeader? Interchange { get; private set; }

    public EnvelopeTrailer? InterchangeTrailer { get; private set; }

    public IReadOnlyList<GroupHeader> Groups => _groups;

    public SyntaxIdentifier Syntax { get; private set; }

    public SyntaxVersion Version { get; private set; }

    public EdifactDelimiters Delimiters { get; private set; } = EdifactDelimiters.Default;

    /// <summary>The message closed by the last <see cref="EnvelopeEvents.MessageEnded"/>.</summary>
    public EdifactMessageSummary? LastMessage { get; private set; }

    /// <summary>The diagnostics of <see cref="LastMessage"/> (from its UNH to its end).</summary>
    public IReadOnlyList<EdifactDiagnostic> LastMessageDiagnostics { get; private set; } = [];

    /// <summary>The errors reported from <see cref="LastMessage"/>'s UNH to its end, kept or suppressed.</summary>
    public int LastMessageErrorCount { get; private set; }

    /// <summary>Where the current message's UNH starts (valid after <see cref="EnvelopeEvents.MessageStarted"/>).</summary>
    public long MessageStartOffset { get; private set; }

    public int MessageCount => _messageCount;

    public int SegmentCount => _segmentCount;

    private EdifactReadMode Mode => _options.Mode;

    /// <summary>Feeds the reader's current token.</summary>
    public EnvelopeEvents OnToken(ref EdifactReader reader)
    {
        Observer?.OnToken(ref reader, this);
        switch (reader.TokenType)
        {
            case EdifactTokenType.SegmentStart:
                return OnSegmentStart(ref reader);
            case EdifactTokenType.Element:
                OnElement(ref reader);
                return EnvelopeEvents.None;
            case EdifactTokenType.SegmentEnd:
                return OnSegmentEnd(ref reader);
            default:
                return EnvelopeEvents.None;
        }
    }

    /// <summary>Reading stopped on a syntax error that cannot be read past.</summary>
    public void Stop(EdifactSyntaxException exception)
    {
        // A stop inside the segment being read (one too long, for example) names that segment's
        // tag, as every located finding does: SEGMENT_INDEX(TAG).
        var diagnostic = exception.ToDiagnostic();
        Add(diagnostic.SegmentIndex > 0 && diagnostic.SegmentIndex == _segmentCount && _tagLength > 0
            ? diagnostic with { SegmentTag = Printable(Tag) }
            : diagnostic);
    }

    /// <summary>The input ended at <paramref name="endOffset"/>: close what is still open.</summary>
    public EnvelopeEvents Complete(long endOffset)
    {
        Observer?.Complete(this, endOffset);
        var events = EnvelopeEvents.None;
        if (_segmentCount == 0)
        {
            Report(EdifactDiagnostics.EmptyInterchange, 0, 0, endOffset);
            return events;
        }

        if (_inMessage)
        {
            events |= CloseMessageWithoutTrailer(endOffset);
        }

        if (_group is not null)
        {
            Report(EdifactDiagnostics.MissingGroupTrailer, 0, 0, endOffset, _group.Reference);
            _group = null;
        }

        if (_phase == Phase.InInterchange)
        {
            Report(EdifactDiagnostics.MissingInterchangeTrailer, 0, 0, endOffset);
            CheckLowerLevel(endOffset);
        }

        return events;
    }

    private EnvelopeEvents OnSegmentStart(ref EdifactReader reader)
    {
        var events = EnvelopeEvents.None;
        _segmentCount++;
        _tagText = null;
        _capture = null;
        _currentSegmentHasLineBreak = false;
        _tagLength = reader.ValueLength <= MaxTagLength ? reader.CopyUnescaped(_tag) : 0;

        if (_segmentCount == 1)
        {
            Delimiters = reader.Delimiters;
        }

        var flags = reader.Flags;
        if ((flags & EdifactTokenFlags.WhitespaceBefore) != 0)
        {
            Report(EdifactDiagnostics.CharactersBetweenSegments, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
        }

        if ((flags & EdifactTokenFlags.LineBreakInValue) != 0)
        {
            _currentSegmentHasLineBreak = true;
            Report(EdifactDiagnostics.LineBreakInSegment, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
        }

        if ((flags & EdifactTokenFlags.LineBreakBefore) != 0 && !_lineBreaksNoted)
        {
            _lineBreaksNoted = true;
            Report(EdifactDiagnostics.LineBreaksBetweenSegments, reader.SegmentIndex, 0, reader.TokenOffset);
        }

        CheckTag(ref reader);
        var tag = _tag.AsSpan(0, _tagLength);
        var isService = tag.SequenceEqual("UNB"u8) || tag.SequenceEqual("UNG"u8) || tag.SequenceEqual("UNE"u8)
            || tag.SequenceEqual("UNH"u8) || tag.SequenceEqual("UNT"u8) || tag.SequenceEqual("UNZ"u8);
        if (isService && _inMessage && !tag.SequenceEqual("UNT"u8))
        {
            // A header or trailer of another level closes a message whose UNT is missing.
            events |= CloseMessageWithoutTrailer(reader.TokenOffset);
        }

        if (_inMessage)
        {
            _messageSegmentCount++;
            _messageSegmentIndex = _messageSegmentCount;
        }

        if (isService)
        {
            _capture = new CapturedSegment(Tag, reader.SegmentIndex, reader.TokenOffset);
            if (tag.SequenceEqual("UNH"u8))
            {
                _message = null;
                _inMessage = true;
                _messageSegmentCount = 1;
                _messageSegmentIndex = 1;
                _messageDiagnosticsStart = _diagnostics.Count;
                _messageErrorStart = ErrorCount;
                MessageStartOffset = reader.TokenOffset;
                events |= EnvelopeEvents.MessageStarted;
            }
        }
        else
        {
            if (_phase == Phase.BeforeInterchange && _segmentCount == 1)
            {
                Report(EdifactDiagnostics.MissingInterchangeHeader, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
                _phase = Phase.InInterchange;
            }
            else if (_phase == Phase.AfterInterchange)
            {
                Report(EdifactDiagnostics.DataAfterInterchange, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
            }
            else if (!_inMessage)
            {
                Report(EdifactDiagnostics.SegmentOutsideMessage, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
            }
        }

        return events;
    }

    private bool _inMessage;

    private void OnElement(ref EdifactReader reader)
    {
        var flags = reader.Flags;
        if ((flags & EdifactTokenFlags.LineBreakInValue) != 0 && !_currentSegmentHasLineBreak)
        {
            _currentSegmentHasLineBreak = true;
            ReportAt(EdifactDiagnostics.LineBreakInSegment, reader.SegmentIndex, reader.ElementIndex, reader.ComponentIndex, reader.TokenOffset, Tag);
        }
        else if (Mode == EdifactReadMode.Strict && !_repertoireNoted && Syntax.IsRestrictedRepertoire)
        {
            CheckRepertoire(ref reader);
        }

        _capture?.Add(reader.ElementIndex, reader.ComponentIndex, reader.RepetitionIndex, reader.GetString(), reader.TokenOffset);
    }

    /// <summary>Levels A and B restrict the characters (ISO 9735-1 annex A); the first violation is reported.</summary>
    private void CheckRepertoire(ref EdifactReader reader)
    {
        if (!reader.HasValueSequence)
        {
            CheckRepertoire(ref reader, reader.ValueSpan, 0);
            return;
        }

        var offset = 0;
        foreach (var memory in reader.ValueSequence)
        {
            if (CheckRepertoire(ref reader, memory.Span, offset))
            {
                return;
            }

            offset += memory.Length;
        }
    }

    /// <summary>Service characters the interchange declared (released or not) are part of its repertoire.</summary>
    private bool CheckRepertoire(ref EdifactReader reader, ReadOnlySpan<byte> value, int offset)
    {
        var delimiters = reader.Delimiters;
        var from = 0;
        while (from < value.Length)
        {
            var invalid = Syntax.IndexOfInvalid(value[from..]);
            if (invalid < 0)
            {
                return false;
            }

            var at = from + invalid;
            if (!delimiters.IsServiceCharacter(value[at]))
            {
                ReportRepertoire(ref reader, offset + at, value[at]);
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private void ReportRepertoire(ref EdifactReader reader, int index, byte value)
    {
        _repertoireNoted = true;
        ReportAt(EdifactDiagnostics.CharacterOutsideRepertoire, reader.SegmentIndex, reader.ElementIndex, reader.ComponentIndex, reader.TokenOffset + index, value, Syntax.Code);
    }

    private EnvelopeEvents OnSegmentEnd(ref EdifactReader reader)
    {
        var flags = reader.Flags;
        if ((flags & EdifactTokenFlags.Unterminated) != 0)
        {
            Report(EdifactDiagnostics.UnterminatedSegment, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
        }
        else if ((flags & EdifactTokenFlags.LineBreakTerminator) != 0 && !_lineBreakTerminatorNoted)
        {
            // Reported once: in such files every segment ends this way.
            _lineBreakTerminatorNoted = true;
            Report(EdifactDiagnostics.LineBreakAsTerminator, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
        }

        var capture = _capture;
        _capture = null;
        if (capture is null)
        {
            return EnvelopeEvents.None;
        }

        switch (capture.Tag)
        {
            case "UNB":
                OnInterchangeHeader(capture, ref reader);
                return EnvelopeEvents.None;
            case "UNG":
                OnGroupHeader(capture);
                return EnvelopeEvents.None;
            case "UNE":
                OnGroupTrailer(capture);
                return EnvelopeEvents.None;
            case "UNH":
                OnMessageHeader(capture);
                return EnvelopeEvents.None;
            case "UNT":
                return OnMessageTrailer(capture, reader.TokenOffset + 1);
            default:
                OnInterchangeTrailer(capture);
                return EnvelopeEvents.None;
        }
    }

    private string Tag => _tagText ??= Encoding.Latin1.GetString(_tag, 0, _tagLength);

    /// <summary>A tag is one to three upper-case letters or digits (ISO 9735-1 §9.2; service segments start with UN).</summary>
    private void CheckTag(ref EdifactReader reader)
    {
        var tag = _tag.AsSpan(0, _tagLength);
        if (IsTag(tag))
        {
            // A line break wrapped into the tag is reported as such (EDI0007).
            return;
        }

        var trimmed = tag.TrimEnd((byte)' ');
        if (Mode == EdifactReadMode.Lenient && reader.ValueLength <= MaxTagLength && IsTag(trimmed))
        {
            if (trimmed.Length != tag.Length)
            {
                Report(EdifactDiagnostics.InvalidSegmentTag, reader.SegmentIndex, 0, reader.TokenOffset, Printable(Tag));
            }

            _tagLength = 3;
            _tagText = null;
            return;
        }

        var shown = reader.ValueLength <= MaxTagLength ? Tag : reader.GetString();
        var diagnostic = EdifactDiagnostic.Create(EdifactDiagnostics.InvalidSegmentTag, Printable(shown)) with
        {
            Severity = EdifactSeverity.Error,
            SegmentIndex = reader.SegmentIndex,
            MessageSegmentIndex = _inMessage ? _messageSegmentCount + 1 : 0,
            SegmentTag = Printable(Tag),
            ByteOffset = reader.TokenOffset,
        };
        Add(diagnostic);
    }

    private static bool IsTag(ReadOnlySpan<byte> tag)
    {
        foreach (var b in tag)
        {
            if (b is not ((>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')))
            {
                return false;
            }
        }

        return tag.Length == 3;
    }

    private static string Printable(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private void Report(EdifactDiagnosticDescriptor descriptor, int segmentIndex, int element, long offset, params object?[] args) =>
        ReportAt(descriptor, segmentIndex, element, 0, offset, args);

    private void ReportAt(EdifactDiagnosticDescriptor descriptor, int segmentIndex, int element, int component, long offset, params object?[] args)
    {
        var diagnostic = EdifactDiagnostic.Create(descriptor, args) with
        {
            Severity = descriptor.SeverityIn(Mode),
            SegmentIndex = segmentIndex,
            MessageSegmentIndex = _inMessage && segmentIndex > 0 ? _messageSegmentIndex : 0,
            SegmentTag = segmentIndex > 0 && _tagLength > 0 ? Printable(Tag) : null,
            Element = element,
            Component = component,
            ByteOffset = offset,
        };
        Add(diagnostic);
    }

    /// <summary>Collects a finding (also the observer's), within <see cref="EdifactReaderOptions.MaxDiagnostics"/>.</summary>
    public void Add(EdifactDiagnostic diagnostic)
    {
        if (diagnostic.Severity == EdifactSeverity.Error)
        {
            HasErrors = true;
            ErrorCount++;
        }

        if (_diagnostics.Count >= _options.MaxDiagnostics)
        {
            SuppressedDiagnostics++;
            return;
        }

        _diagnostics.Add(diagnostic);
    }
}
