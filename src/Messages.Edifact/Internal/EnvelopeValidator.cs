using System.Runtime.CompilerServices;
using UniPass.Gateway.Messages.Edifact.Validation.Internal;

namespace UniPass.Gateway.Messages.Edifact.Internal;

/// <summary>
/// Judges the envelope structure of one interchange from the tokens of <see cref="EdifactReader"/>
/// (ISO 9735-1 §8: UNB/UNZ, UNG/UNE, UNH/UNT) and collects diagnostics; the service segments are
/// decoded into headers, every other segment is only counted.
/// </summary>
/// <remarks>
/// The directory level (<see cref="StructureValidator"/>) judges the same tokens in the same pass:
/// it sees each token just before the envelope does and reports through <see cref="Add"/>, so that
/// findings of both layers stay in input order under one diagnostic budget. Both are called
/// directly (no per-token interface dispatch), and a data element of an ordinary segment costs
/// the envelope one test of the token's flags.
/// </remarks>
internal sealed partial class EnvelopeValidator
{
    private const int MaxTagLength = 8;

    /// <summary>Values outside the level A/B repertoire listed per interchange; the rest are counted (<see cref="SuppressedDiagnostics"/>).</summary>
    internal const int MaxRepertoireFindings = 100;

    private readonly EdifactReaderOptions _options;
    private readonly List<EdifactDiagnostic> _diagnostics = [];
    private readonly List<GroupHeader> _groups = [];
    private ulong _tagBits;
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
    private int _repertoireFindings;
    private bool _currentSegmentHasLineBreak;
    private long _segmentStartOffset;

    // True when a data element needs more than the flags test: a service segment's values are
    // captured, the level A/B repertoire is checked (strict mode, or lenient when it is enforced), or
    // the values of a UTF-8 level are checked to be UTF-8.
    private bool _elementWork;
    private bool _checkRepertoire;
    private bool _checkUtf8;

    public EnvelopeValidator(EdifactReaderOptions options, StructureValidator? structure = null)
    {
        _options = options;
        _structure = structure;
    }

    private enum Phase
    {
        BeforeInterchange,
        InInterchange,
        AfterInterchange,
    }

    public IReadOnlyList<EdifactDiagnostic> Diagnostics => _diagnostics;

    /// <summary>The directory level, which sees every token first, or null at envelope level.</summary>
    private readonly StructureValidator? _structure;

    /// <summary>The current segment's tag (release characters removed; up to <see cref="TagBytes.MaxLength"/> bytes).</summary>
    public ulong TagBits => _tagBits;

    /// <summary>The length of <see cref="TagBits"/>; 0 when the tag is longer than <see cref="TagBytes.MaxLength"/>.</summary>
    public int TagLength => _tagLength;

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

    /// <summary>Feeds the reader's current token (the directory level first, then the envelope).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public EnvelopeEvents OnToken(ref EdifactReader reader)
    {
        var type = reader.TokenType;
        if (type == EdifactTokenType.Element)
        {
            _structure?.OnElement(ref reader, this);
            if (reader.Flags != EdifactTokenFlags.None || _elementWork)
            {
                OnElement(ref reader);
            }

            return EnvelopeEvents.None;
        }

        return type == EdifactTokenType.SegmentStart ? OnSegmentStart(ref reader)
            : type == EdifactTokenType.SegmentEnd ? OnSegmentEnd(ref reader)
            : EnvelopeEvents.None;
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

    /// <summary>
    /// The interchange is longer than <see cref="EdifactReaderOptions.MaxInterchangeBytes"/>: reading stops at the segment whose
    /// terminator lies beyond the limit (<paramref name="segmentIndex"/>), located at the first byte over it, however the input is buffered.
    /// </summary>
    private EdifactSyntaxException InterchangeTooLarge(int segmentIndex) =>
        Limit(EdifactDiagnostics.InterchangeTooLarge, _options.MaxInterchangeBytes, _options.MaxInterchangeBytes, segmentIndex);

    /// <summary>A byte budget of <see cref="EdifactReaderOptions"/> exceeded at <paramref name="offset"/> in segment <paramref name="segmentIndex"/>: reading stops.</summary>
    internal static EdifactSyntaxException Limit(EdifactDiagnosticDescriptor descriptor, long offset, long limit, int segmentIndex) =>
        new(descriptor.Id, descriptor.Format(limit), descriptor.ContrlCode, offset, segmentIndex);

    /// <summary>The input ended at <paramref name="endOffset"/>: close what is still open.</summary>
    public EnvelopeEvents Complete(long endOffset)
    {
        if (endOffset > _options.MaxInterchangeBytes)
        {
            // Only blanks or line breaks after the last segment took the input over the limit.
            Stop(InterchangeTooLarge(0));
            return EnvelopeEvents.None;
        }

        _structure?.Complete(this);
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
        _segmentStartOffset = reader.TokenOffset;
        _tagText = null;
        _capture = null;
        _currentSegmentHasLineBreak = false;
        _elementWork = _checkRepertoire || _checkUtf8;
        _tagLength = TagBytes.Read(ref reader, out _tagBits);
        _structure?.OnSegmentStart(ref reader, this);

        if (_segmentCount == 1)
        {
            Delimiters = reader.Delimiters;
            if (_tagBits != s_unb || _tagLength != 3)
            {
                // ISO 9735-1: the interchange begins with UNB (after UNA), whatever segment came instead.
                Report(EdifactDiagnostics.MissingInterchangeHeader, reader.SegmentIndex, 0, reader.TokenOffset, Tag);
                _phase = Phase.InInterchange;
            }
        }

        var flags = reader.Flags;
        if (flags != EdifactTokenFlags.None)
        {
            OnSegmentFlags(ref reader, flags);
        }

        if (!TagBytes.IsTag(_tagBits, _tagLength))
        {
            CheckTag(ref reader);
        }

        var isService = (_tagBits & 0xFFFF) == TagBytes.ServicePrefix && _tagLength == 3
            && TagBytes.At(_tagBits, 2) is (byte)'B' or (byte)'G' or (byte)'E' or (byte)'H' or (byte)'T' or (byte)'Z';
        if (isService && _inMessage && _tagBits != s_unt)
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
            _capture = _captured.Begin(Tag, reader.SegmentIndex, reader.TokenOffset);
            _elementWork = true;
            if (_tagBits == s_unh)
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
            if (_phase == Phase.AfterInterchange)
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

    private static readonly ulong s_unb = TagBytes.Pack("UNB");
    private static readonly ulong s_unh = TagBytes.Pack("UNH");
    private static readonly ulong s_unt = TagBytes.Pack("UNT");

    /// <summary>The one service segment capture, reused for every UNB, UNG, UNH, UNT, UNE and UNZ.</summary>
    private readonly CapturedSegment _captured = new();

    /// <summary>What the reader noted before or inside the tag: blanks or line breaks between segments, a line break in the tag.</summary>
    private void OnSegmentFlags(ref EdifactReader reader, EdifactTokenFlags flags)
    {
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
    }

    /// <summary>A data element whose flags are set, or of a service segment, or checked for the level A/B repertoire.</summary>
    private void OnElement(ref EdifactReader reader)
    {
        var flags = reader.Flags;
        if ((flags & EdifactTokenFlags.LineBreakInValue) != 0 && !_currentSegmentHasLineBreak)
        {
            _currentSegmentHasLineBreak = true;
            ReportAt(EdifactDiagnostics.LineBreakInSegment, reader.SegmentIndex, reader.ElementIndex, reader.ComponentIndex, reader.TokenOffset, Tag);
        }
        else if (_checkRepertoire && (flags & EdifactTokenFlags.LineBreakInValue) == 0)
        {
            CheckRepertoire(ref reader);
        }

        if (_checkUtf8)
        {
            CheckUtf8(ref reader);
        }

        _capture?.Add(ref reader);
    }

    /// <summary>Levels A and B restrict the characters (ISO 9735-1 annex A); each value outside the repertoire is reported at its first offending byte.</summary>
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

    /// <summary>
    /// UNOY and UNOW are UTF-8 (ISO 10646-1): a value that is not (0085 = 21) would decode to U+FFFD, its
    /// text lost. Reported at its first offending byte, an error in strict mode and a warning in lenient.
    /// </summary>
    private void CheckUtf8(ref EdifactReader reader)
    {
        if (!reader.HasValueSequence)
        {
            var span = reader.ValueSpan;
            if (!System.Text.Unicode.Utf8.IsValid(span))
            {
                ReportUtf8(ref reader, span);
            }

            return;
        }

        // A value across buffers: a character may straddle them, so the value is judged whole.
        var length = (int)reader.ValueSequence.Length;
        var rented = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var copy = rented.AsSpan(0, length);
            System.Buffers.BuffersExtensions.CopyTo(reader.ValueSequence, copy);
            if (!System.Text.Unicode.Utf8.IsValid(copy))
            {
                ReportUtf8(ref reader, copy);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void ReportUtf8(ref EdifactReader reader, ReadOnlySpan<byte> value)
    {
        var at = 0;
        while (System.Text.Rune.DecodeFromUtf8(value[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        var severity = Mode == EdifactReadMode.Strict ? EdifactSeverity.Error : EdifactSeverity.Warning;
        if (++_repertoireFindings > MaxRepertoireFindings)
        {
            Count(severity);
            return;
        }

        Add(Located(EdifactDiagnostics.InvalidUtf8, reader.SegmentIndex, reader.ElementIndex, reader.ComponentIndex,
            reader.TokenOffset + at, value[at], Syntax.Code) with { Severity = severity });
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

    /// <summary>
    /// ISO 9735 makes a character outside the repertoire a syntax error (0085 = 21); it rejects when
    /// <see cref="EdifactReaderOptions.EnforceRepertoire"/> is set in strict mode and is a warning otherwise.
    /// </summary>
    private void ReportRepertoire(ref EdifactReader reader, int index, byte value)
    {
        var severity = Mode == EdifactReadMode.Strict && _options.EnforceRepertoire ? EdifactSeverity.Error : EdifactSeverity.Warning;
        if (++_repertoireFindings > MaxRepertoireFindings)
        {
            Count(severity);
            return;
        }

        var diagnostic = Located(EdifactDiagnostics.CharacterOutsideRepertoire, reader.SegmentIndex, reader.ElementIndex, reader.ComponentIndex,
            reader.TokenOffset + index, value, Syntax.Code) with { Severity = severity };
        Add(_repertoireFindings < MaxRepertoireFindings ? diagnostic
            : diagnostic with { Message = diagnostic.Message + "; further values outside it are counted, not listed" });
    }

    private EnvelopeEvents OnSegmentEnd(ref EdifactReader reader)
    {
        // The terminator at offset MaxInterchangeBytes is one byte too many; an unterminated segment ends where the input does.
        if (reader.TokenOffset >= _options.MaxInterchangeBytes
            && (reader.TokenOffset > _options.MaxInterchangeBytes || (reader.Flags & EdifactTokenFlags.Unterminated) == 0))
        {
            throw InterchangeTooLarge(reader.SegmentIndex);
        }

        if (reader.TokenOffset - _segmentStartOffset > _options.MaxSegmentBytes)
        {
            throw Limit(EdifactDiagnostics.SegmentTooLong, reader.TokenOffset, _options.MaxSegmentBytes, reader.SegmentIndex);
        }

        _structure?.OnSegmentEnd(ref reader, this);
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
                // The message ends after its terminator, or where the input does when UNT is unterminated.
                return OnMessageTrailer(capture, (flags & EdifactTokenFlags.Unterminated) != 0 ? reader.TokenOffset : reader.TokenOffset + 1);
            default:
                OnInterchangeTrailer(capture);
                return EnvelopeEvents.None;
        }
    }

    private string Tag => _tagText ??= TagBytes.ToText(_tagBits, _tagLength);

    /// <summary>A tag is one to three upper-case letters or digits (ISO 9735-1 §9.2; service segments start with UN).</summary>
    /// <remarks>A line break wrapped into the tag is reported as such (EDI0007), not here: the caller checks <see cref="TagBytes.IsTag"/> first.</remarks>
    private void CheckTag(ref EdifactReader reader)
    {
        var trimmed = _tagLength;
        while (trimmed > 0 && TagBytes.At(_tagBits, trimmed - 1) == (byte)' ')
        {
            trimmed--;
        }

        if (Mode == EdifactReadMode.Lenient && reader.ValueLength <= MaxTagLength && TagBytes.IsTag(_tagBits, trimmed))
        {
            if (trimmed != _tagLength)
            {
                Report(EdifactDiagnostics.InvalidSegmentTag, reader.SegmentIndex, 0, reader.TokenOffset, Printable(Tag));
            }

            _tagLength = 3;
            _tagBits = TagBytes.Truncate(_tagBits, 3);
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

    private static string Printable(string text) =>
        text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);

    private void Report(EdifactDiagnosticDescriptor descriptor, int segmentIndex, int element, long offset, params object?[] args) =>
        ReportAt(descriptor, segmentIndex, element, 0, offset, args);

    private void ReportAt(EdifactDiagnosticDescriptor descriptor, int segmentIndex, int element, int component, long offset, params object?[] args) =>
        Add(Located(descriptor, segmentIndex, element, component, offset, args));

    private EdifactDiagnostic Located(EdifactDiagnosticDescriptor descriptor, int segmentIndex, int element, int component, long offset, params object?[] args) =>
        EdifactDiagnostic.Create(descriptor, args) with
        {
            Severity = descriptor.SeverityIn(Mode),
            SegmentIndex = segmentIndex,
            MessageSegmentIndex = _inMessage && segmentIndex > 0 ? _messageSegmentIndex : 0,
            SegmentTag = segmentIndex > 0 && _tagLength > 0 ? Printable(Tag) : null,
            Element = element,
            Component = component,
            ByteOffset = offset,
        };

    /// <summary>Collects a finding (also the observer's), within <see cref="EdifactReaderOptions.MaxDiagnostics"/>.</summary>
    public void Add(EdifactDiagnostic diagnostic)
    {
        if (_diagnostics.Count >= _options.MaxDiagnostics)
        {
            Count(diagnostic.Severity);
            return;
        }

        if (diagnostic.Severity == EdifactSeverity.Error)
        {
            HasErrors = true;
            ErrorCount++;
        }

        _diagnostics.Add(diagnostic);
    }

    /// <summary>A finding that is counted, not kept: an error still rejects.</summary>
    private void Count(EdifactSeverity severity)
    {
        if (severity == EdifactSeverity.Error)
        {
            HasErrors = true;
            ErrorCount++;
        }

        SuppressedDiagnostics++;
    }
}
