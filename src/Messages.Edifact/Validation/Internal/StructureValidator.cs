using System.Runtime.CompilerServices;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Internal;

namespace UniPass.Gateway.Messages.Edifact.Validation.Internal;

/// <summary>
/// Validates each message of an interchange against its directory in the same pass as the
/// envelope (<see cref="EnvelopeValidator"/> hands it every token first): the segment table
/// through <see cref="SegmentTableWalker"/>, then every segment's data elements, and the service
/// segments against the service directory of the interchange's syntax version. Findings go to the
/// envelope validator's list, so both layers' findings stay in input order. Nothing is allocated
/// per segment or token; only findings and the first use of a directory allocate.
/// </summary>
/// <remarks>
/// The tag comes from the envelope (read once per segment); a data element costs a test of the
/// current segment's rules, the element rule taken by position, and the value checked on the
/// reader's bytes (no string). Service segments are told apart by their <c>UN</c> prefix first.
/// </remarks>
internal sealed partial class StructureValidator
{
    private const byte Space = (byte)' ';

    private static readonly int s_unb = SegmentTag.Pack("UNB"u8);
    private static readonly int s_ung = SegmentTag.Pack("UNG"u8);
    private static readonly int s_une = SegmentTag.Pack("UNE"u8);
    private static readonly int s_unh = SegmentTag.Pack("UNH"u8);
    private static readonly int s_unt = SegmentTag.Pack("UNT"u8);
    private static readonly int s_unz = SegmentTag.Pack("UNZ"u8);
    private const int ServicePrefix = 'U' | ('N' << 8);

    private readonly EdifactValidationOptions _options;
    private readonly DirectoryCatalog _catalog;
    private readonly bool _lenient;
    private readonly CompiledDirectories _compiled;

    private CompiledDirectory? _service;

    // The current segment.
    private ulong _tagBits;
    private int _tagLength;
    private int _packedTag;
    private SegmentRules? _rules;
    private bool _checkCodes;
    private bool _unbPending;
    private int _segmentIndex;

    // The current message.
    private bool _inMessage;
    private bool _inGroup;
    private int _messageSegmentIndex;
    private long _messageOffset;
    private CompiledMessage? _message;
    private DirectoryId? _messageDirectory;
    private int _lastSegmentIndex;
    private int _lastMessageSegmentIndex;
    private long _lastSegmentOffset;
    private ulong _lastTagBits;
    private int _lastTagLength;

    // Numeric notation of the interchange (ISO 9735-1 §10).
    private byte _decimalMark = (byte)'.';
    private bool _eitherDecimalMark;
    private bool _utf8;

    public StructureValidator(EdifactValidationOptions options)
    {
        _options = options;
        _catalog = options.Catalog ?? DirectoryCatalog.CreateDefault();
        _compiled = CompiledDirectories.Rent(_catalog);
        _lenient = options.Reader.Mode == EdifactReadMode.Lenient;
    }

    /// <summary>Ends this validator's use of the compiled directories, so that the next validation over the catalog reuses them; the validator is not used afterwards.</summary>
    public void Release() => CompiledDirectories.Return(_catalog, _compiled);

    /// <summary>What the last message that ended was validated against (for per-message results).</summary>
    public StructureOutcome LastMessage { get; private set; }

    /// <summary>A data element or component, before the envelope judges it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void OnElement(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        if (_rules is not null || _capture != Capture.None || _unbPending)
        {
            OnElementCore(ref reader, envelope);
        }
    }

    /// <summary>The input ended, before the envelope closes what is open.</summary>
    public void Complete(EnvelopeValidator envelope)
    {
        if (_inMessage)
        {
            EndMessage(envelope, hasTrailer: false);
        }
    }

    /// <summary>A segment starts (the envelope has read its tag), before the envelope judges it.</summary>
    public void OnSegmentStart(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        _segmentIndex = reader.SegmentIndex;
        var bits = envelope.TagBits;
        var length = envelope.TagLength;
        if (_lenient)
        {
            // Lenient reading takes "UNH " for UNH (EDI0005 as a warning); so does the directory level.
            while (length > 0 && TagBytes.At(bits, length - 1) == Space)
            {
                length--;
            }

            bits = TagBytes.Truncate(bits, length);
        }

        _tagBits = bits;
        _tagLength = length;
        _packedTag = length == 3 ? (int)bits : SegmentTag.None;
        SetRules(null);
        _capture = Capture.None;
        _unbPending = false;
        BeginSegment();

        if ((_packedTag & 0xFFFF) == ServicePrefix && OnServiceSegmentStart(ref reader, envelope))
        {
            return;
        }

        if (!_inMessage)
        {
            // Outside a message: the envelope reports it (EDI0022, EDI0028).
            return;
        }

        _messageSegmentIndex++;
        var message = _message;
        if (message is null)
        {
            // No directory to judge the message by: envelope level only (EDI0101/EDI0102).
            return;
        }

        if (!_lenient && !TagBytes.IsTag(_tagBits, _tagLength))
        {
            // Not a tag at all: the envelope rejects it (EDI0005), and no segment table holds it.
            return;
        }

        var rules = Advance(ref reader, envelope) == SegmentMatch.Matched
            ? message.RulesByEntry[message.Walker.MatchedIndex]
            : message.Directory.Segment(_tagBits, _tagLength);
        SetRules(rules);
        _checkCodes = rules is not null && (rules.IsService || _options.CheckCodeLists);
    }

    /// <summary>UNH, UNT, UNB, UNG, UNE, UNZ: true when the tag is one of them (UNS and others are a message's own segments).</summary>
    private bool OnServiceSegmentStart(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        var tag = _packedTag;
        if (tag == s_unh)
        {
            if (_inMessage)
            {
                EndMessage(envelope, hasTrailer: false);
            }

            StartMessage(ref reader, envelope);
            return true;
        }

        if (tag == s_unt)
        {
            if (_inMessage)
            {
                _messageSegmentIndex++;
                if (_message is not null)
                {
                    Advance(ref reader, envelope);
                }

                UseServiceSegment();
            }

            return true;
        }

        if (tag == s_unb || tag == s_ung || tag == s_une || tag == s_unz)
        {
            if (_inMessage)
            {
                EndMessage(envelope, hasTrailer: false);
            }

            if (tag == s_unb)
            {
                // The service directory depends on the syntax version, read in this very segment (S001/0002).
                _service = null;
                _unbPending = true;
                return true;
            }

            if (tag == s_ung)
            {
                _inGroup = true;
                BeginGroupCapture();
            }

            UseServiceSegment();
            return true;
        }

        return false;
    }

    /// <summary>A segment ends, before the envelope judges its end.</summary>
    public void OnSegmentEnd(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        var rules = _rules;
        if (rules is not null)
        {
            FinishElement(envelope);
            if ((rules.MandatoryElements & ~_elementsPresent) != 0)
            {
                CheckMandatoryElements(envelope, reader.TokenOffset);
            }
        }

        if ((_packedTag & 0xFFFF) == ServicePrefix)
        {
            OnServiceSegmentEnd(ref reader, envelope);
        }

        if (_inMessage)
        {
            _lastSegmentIndex = _segmentIndex;
            _lastMessageSegmentIndex = _messageSegmentIndex;
            _lastSegmentOffset = reader.TokenOffset;
            _lastTagBits = _tagBits;
            _lastTagLength = _tagLength;
        }

        SetRules(null);
        _capture = Capture.None;
        _unbPending = false;
    }

    private void OnServiceSegmentEnd(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        if (_packedTag == s_unh && _inMessage)
        {
            SelectDirectory(ref reader, envelope);
        }
        else if (_packedTag == s_unt && _inMessage)
        {
            EndMessage(envelope, hasTrailer: true);
        }
        else if (_packedTag == s_une)
        {
            _inGroup = false;
        }
        else if (_packedTag == s_unb)
        {
            ReadNotation(ref reader);
        }
    }

    private void StartMessage(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        _inMessage = true;
        _messageSegmentIndex = 1;
        _messageOffset = reader.TokenOffset;
        _message = null;
        _messageDirectory = null;
        ReadNotation(ref reader);
        _service ??= ServiceFor(reader.SyntaxVersion == SyntaxVersion.V4 || reader.Delimiters.Repetition.HasValue ? 4 : 3);
        BeginHeaderCapture();
        UseServiceSegment();
    }

    private void EndMessage(EnvelopeValidator envelope, bool hasTrailer)
    {
        if (_message is not null && !hasTrailer)
        {
            var walker = _message.Walker;
            walker.Complete();
            ReportStructure(envelope, walker.Findings, atEnd: true);
        }

        LastMessage = new StructureOutcome(_message is not null ? _messageDirectory : null);
        _inMessage = false;
        _message = null;
        _messageDirectory = null;
    }

    /// <summary>Feeds the segment to the segment table and reports what it says.</summary>
    private SegmentMatch Advance(ref EdifactReader reader, EnvelopeValidator envelope)
    {
        var walker = _message!.Walker;
        var match = walker.Advance(_packedTag);
        if (walker.FindingCount > 0)
        {
            ReportStructure(envelope, walker.Findings, atEnd: false, reader.TokenOffset);
        }

        return match;
    }

    /// <summary>The service directory of the interchange's syntax version defines this segment (UNB..UNZ, UNS).</summary>
    private void UseServiceSegment()
    {
        SetRules(_service?.Segment(_tagBits, _tagLength));
        _checkCodes = true;
    }

    /// <summary>The current segment's rules, and their flattened value positions for the per-token check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetRules(SegmentRules? rules)
    {
        _rules = rules;
        if (rules is not null)
        {
            _slots = rules.Slots;
            _stride = rules.Stride;
        }
    }

    private CompiledDirectory ServiceFor(int syntaxVersion)
    {
        var service = _catalog.Service(syntaxVersion);
        return Compiled(service, service);
    }

    private CompiledDirectory Compiled(EdifactDirectory directory, EdifactDirectory service) => _compiled.Get(directory, service);

    /// <summary>ISO 9735-1 §10: before version 4 the decimal mark is UNA's (default full stop); version 4 takes both comma and full stop.</summary>
    private void ReadNotation(ref EdifactReader reader)
    {
        _decimalMark = reader.Delimiters.Decimal;
        _eitherDecimalMark = reader.SyntaxVersion == SyntaxVersion.V4;
        _utf8 = reader.SyntaxIdentifier.Level is 'W' or 'Y';
    }

    private string SegmentTagText => _rules?.Tag ?? TagBytes.ToText(_tagBits, _tagLength);
}
