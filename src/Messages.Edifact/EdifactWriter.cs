using System.Buffers;
using System.Text;
using UniPass.Gateway.Messages.Edifact.Writing;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// A forward-only writer of ISO 9735 (UN/EDIFACT) interchanges, shaped like
/// <see cref="System.Text.Json.Utf8JsonWriter"/>: it writes into an <see cref="IBufferWriter{T}"/>
/// (or buffers for a <see cref="Stream"/>), one segment, data element, component or repetition at a
/// time, and keeps the bytes pending until <see cref="Flush"/>.
/// </summary>
/// <remarks>
/// <para>
/// Values are encoded in the character set of the syntax level (<see cref="SyntaxIdentifier.Encoding"/>)
/// and every service character in them is preceded by the release character (ISO 9735-1 §7.3), the
/// repetition separator of version 4 and the release character itself included. Empty trailing
/// data elements, components and repetitions are left out, as ISO 9735 prescribes (exclusion of data
/// by truncation), so <c>WriteElement("A"); WriteElement("")</c> writes <c>+A</c>.
/// </para>
/// <para>
/// The envelope helpers (<see cref="WriteInterchangeHeader"/> ... <see cref="WriteInterchangeTrailer"/>)
/// write UNA exactly when the delimiters are not the level's defaults, and fill in the control counts
/// and references of UNT, UNE and UNZ. Misuse (a value after the segment end, a character outside a
/// level A/B repertoire, a segment outside a message) throws <see cref="InvalidOperationException"/>
/// or <see cref="ArgumentException"/> unless <see cref="EdifactWriterOptions.SkipValidation"/> is set.
/// </para>
/// </remarks>
public sealed partial class EdifactWriter : IDisposable, IAsyncDisposable
{
    private const int MinimumBufferSize = 256;
    private const int StackallocThreshold = 256;
    private const int MaxTagChars = 32;
    private const byte CarriageReturn = (byte)'\r';
    private const byte LineFeed = (byte)'\n';

    private readonly Encoding _encoding;
    private readonly SearchValues<byte> _serviceCharacters;
    private readonly byte _component;
    private readonly byte _element;
    private readonly byte _segment;
    private readonly byte _release;
    private readonly byte _repetition;
    private readonly bool _hasRelease;
    private readonly bool _hasRepetition;
    private readonly bool _validate;
    private readonly bool _lineBreak;
    private readonly bool _restricted;

    private IBufferWriter<byte>? _output;
    private Stream? _stream;
    private ArrayBufferWriter<byte>? _streamBuffer;
    private Memory<byte> _memory;
    private int _buffered;
    private long _committed;

    // The segment being written. Separators before empty values are only counted: they are written
    // when a non-empty value follows, so that trailing empty values are truncated.
    private bool _inSegment;
    private int _elementIndex;
    private int _pendingElements;
    private int _pendingRepetitions;
    private int _pendingComponents;

    /// <summary>Writes into <paramref name="output"/>; call <see cref="Flush"/> to advance it.</summary>
    /// <exception cref="ArgumentException">The options name an impossible combination (see <see cref="EdifactWriterOptions"/>).</exception>
    public EdifactWriter(IBufferWriter<byte> output, EdifactWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        Options = options ?? new EdifactWriterOptions();
        if (ProblemWith(Options) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        Delimiters = Options.EffectiveDelimiters;
        _encoding = StrictEncoding.For(Options.Syntax);
        _output = output;
        _component = Delimiters.Component;
        _element = Delimiters.Element;
        _segment = Delimiters.Segment;
        _hasRelease = Delimiters.Release.HasValue;
        _release = Delimiters.Release.GetValueOrDefault();
        _hasRepetition = Delimiters.Repetition.HasValue;
        _repetition = Delimiters.Repetition.GetValueOrDefault();
        _validate = !Options.SkipValidation;
        _lineBreak = Options.LineBreakAfterSegment;
        _restricted = Options.Syntax.IsRestrictedRepertoire;
        Span<byte> service = [_component, _element, _segment, _hasRelease ? _release : _segment, _hasRepetition ? _repetition : _segment];
        _serviceCharacters = SearchValues.Create(service);
    }

    /// <summary>Writes to <paramref name="stream"/>, buffering until <see cref="Flush"/> or <see cref="FlushAsync"/>.</summary>
    public EdifactWriter(Stream stream, EdifactWriterOptions? options = null)
        : this(new ArrayBufferWriter<byte>(MinimumBufferSize * 16), options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanWrite)
        {
            throw new ArgumentException("The stream is not writable.", nameof(stream));
        }

        _stream = stream;
        _streamBuffer = (ArrayBufferWriter<byte>)_output!;
    }

    /// <summary>The options the writer was created with.</summary>
    public EdifactWriterOptions Options { get; }

    /// <summary>The service characters in force.</summary>
    public EdifactDelimiters Delimiters { get; }

    /// <summary>The bytes handed to the output (advanced in the buffer writer, or written to the stream).</summary>
    public long BytesCommitted => _committed;

    /// <summary>The bytes written but not yet committed.</summary>
    public int BytesPending => _buffered + (_streamBuffer?.WrittenCount ?? 0);

    /// <summary>1-based position of the current (or last) segment in the interchange: UNB = 1, UNA is not counted.</summary>
    public int SegmentIndex => _segmentIndex;

    /// <summary>1-based position of the current (or last) segment in its message (UNH = 1), 0 outside a message.</summary>
    public int MessageSegmentIndex => _level == EnvelopeLevel.Message ? _messageSegmentCount : 0;

    /// <summary>1-based position of the current data element in its segment (0 right after the tag).</summary>
    public int ElementIndex => _inSegment ? _elementIndex : 0;

    /// <summary>Commits the pending bytes: advances the buffer writer, or writes and flushes the stream.</summary>
    public void Flush()
    {
        var output = Output;
        _memory = default;
        if (_stream is null)
        {
            output.Advance(_buffered);
            _committed += _buffered;
            _buffered = 0;
            return;
        }

        _streamBuffer!.Advance(_buffered);
        _buffered = 0;
        if (_streamBuffer.WrittenCount > 0)
        {
            _stream.Write(_streamBuffer.WrittenSpan);
            _committed += _streamBuffer.WrittenCount;
            _streamBuffer.ResetWrittenCount();
        }

        _stream.Flush();
    }

    /// <summary>Commits the pending bytes asynchronously (a stream is written and flushed asynchronously).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        if (_stream is null)
        {
            Flush();
            return;
        }

        _ = Output;
        _memory = default;
        _streamBuffer!.Advance(_buffered);
        _buffered = 0;
        if (_streamBuffer.WrittenCount > 0)
        {
            await _stream.WriteAsync(_streamBuffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            _committed += _streamBuffer.WrittenCount;
            _streamBuffer.ResetWrittenCount();
        }

        await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Commits what is pending and releases the output. The stream itself is not closed.</summary>
    public void Dispose()
    {
        if (_output is null)
        {
            return;
        }

        Flush();
        _output = null;
        _stream = null;
        _streamBuffer = null;
    }

    /// <inheritdoc cref="Dispose"/>
    public async ValueTask DisposeAsync()
    {
        if (_output is null)
        {
            return;
        }

        await FlushAsync().ConfigureAwait(false);
        _output = null;
        _stream = null;
        _streamBuffer = null;
    }

    /// <summary>Starts a segment with <paramref name="tag"/> (three upper-case letters or digits, ISO 9735-1 §9.2).</summary>
    /// <exception cref="InvalidOperationException">A segment is still open, or (validated) no message is open or the tag is an envelope tag.</exception>
    /// <exception cref="ArgumentException">(Validated) the tag is not three upper-case letters or digits.</exception>
    public void WriteSegmentStart(ReadOnlySpan<byte> tag)
    {
        if (_validate)
        {
            CheckTag(tag);
            CheckUserSegment(tag);
        }

        StartSegment(tag);
    }

    /// <inheritdoc cref="WriteSegmentStart(ReadOnlySpan{byte})"/>
    public void WriteSegmentStart(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        if (tag.Length > MaxTagChars)
        {
            throw new ArgumentException($"A segment tag has three characters, not {tag.Length}.", nameof(tag));
        }

        Span<byte> bytes = stackalloc byte[_encoding.GetMaxByteCount(MaxTagChars)];
        WriteSegmentStart(bytes[..Encode(tag, bytes)]);
    }

    /// <summary>Starts the next data element with <paramref name="value"/> (its first component, when it is a composite).</summary>
    /// <exception cref="InvalidOperationException">No segment is open.</exception>
    /// <exception cref="ArgumentException">The value holds a character the syntax level cannot carry, or a service character with no release character to escape it.</exception>
    public void WriteElement(ReadOnlySpan<char> value)
    {
        BeginElement();
        WriteText(value);
    }

    /// <summary>Starts the next data element with <paramref name="value"/>: bytes in the interchange's character set, not escaped.</summary>
    /// <inheritdoc cref="WriteElement(ReadOnlySpan{char})" path="/exception"/>
    public void WriteElement(ReadOnlySpan<byte> value)
    {
        BeginElement();
        WriteBytes(value, repertoireChecked: false);
    }

    /// <summary>Starts the next data element with an integer (invariant digits, leading minus sign).</summary>
    /// <exception cref="InvalidOperationException">No segment is open.</exception>
    public void WriteElement(long value)
    {
        BeginElement();
        WriteInteger(value);
    }

    /// <summary>Starts the next data element with a decimal number, written with the UNA decimal mark.</summary>
    /// <exception cref="InvalidOperationException">No segment is open.</exception>
    public void WriteElement(decimal value)
    {
        BeginElement();
        WriteDecimal(value);
    }

    /// <summary>Writes the next component of the current composite data element (or repetition).</summary>
    /// <exception cref="InvalidOperationException">No data element has been started in the segment.</exception>
    /// <exception cref="ArgumentException">The value holds a character the syntax level cannot carry, or a service character with no release character to escape it.</exception>
    public void WriteComponent(ReadOnlySpan<char> value)
    {
        BeginComponent();
        WriteText(value);
    }

    /// <inheritdoc cref="WriteComponent(ReadOnlySpan{char})"/>
    public void WriteComponent(ReadOnlySpan<byte> value)
    {
        BeginComponent();
        WriteBytes(value, repertoireChecked: false);
    }

    /// <inheritdoc cref="WriteComponent(ReadOnlySpan{char})"/>
    public void WriteComponent(long value)
    {
        BeginComponent();
        WriteInteger(value);
    }

    /// <inheritdoc cref="WriteComponent(ReadOnlySpan{char})"/>
    public void WriteComponent(decimal value)
    {
        BeginComponent();
        WriteDecimal(value);
    }

    /// <summary>
    /// Starts the next repetition of the current data element (ISO 9735-1 §7.4, syntax version 4) with
    /// <paramref name="value"/> as its first component.
    /// </summary>
    /// <exception cref="InvalidOperationException">No data element has been started, or the delimiters have no repetition separator.</exception>
    /// <exception cref="ArgumentException">The value holds a character the syntax level cannot carry, or a service character with no release character to escape it.</exception>
    public void WriteRepetition(ReadOnlySpan<char> value)
    {
        BeginRepetition();
        WriteText(value);
    }

    /// <inheritdoc cref="WriteRepetition(ReadOnlySpan{char})"/>
    public void WriteRepetition(ReadOnlySpan<byte> value)
    {
        BeginRepetition();
        WriteBytes(value, repertoireChecked: false);
    }

    /// <inheritdoc cref="WriteRepetition(ReadOnlySpan{char})"/>
    public void WriteRepetition(long value)
    {
        BeginRepetition();
        WriteInteger(value);
    }

    /// <inheritdoc cref="WriteRepetition(ReadOnlySpan{char})"/>
    public void WriteRepetition(decimal value)
    {
        BeginRepetition();
        WriteDecimal(value);
    }

    /// <summary>Ends the segment with the segment terminator (and CR LF when configured).</summary>
    /// <exception cref="InvalidOperationException">No segment is open.</exception>
    public void WriteSegmentEnd()
    {
        if (!_inSegment)
        {
            throw new InvalidOperationException("No segment is open: WriteSegmentStart comes first.");
        }

        var span = Reserve(_lineBreak ? 3 : 1);
        span[0] = _segment;
        if (_lineBreak)
        {
            span[1] = CarriageReturn;
            span[2] = LineFeed;
        }

        _buffered += _lineBreak ? 3 : 1;
        _inSegment = false;
        _pendingElements = 0;
        _pendingRepetitions = 0;
        _pendingComponents = 0;
    }

    private IBufferWriter<byte> Output => _output ?? throw new ObjectDisposedException(nameof(EdifactWriter));

    private void StartSegment(ReadOnlySpan<byte> tag)
    {
        if (_inSegment)
        {
            throw new InvalidOperationException("The current segment is not ended: WriteSegmentEnd comes before the next segment.");
        }

        WriteEscaped(tag);
        _inSegment = true;
        _elementIndex = 0;
        _pendingElements = 0;
        _pendingRepetitions = 0;
        _pendingComponents = 0;
        _segmentIndex++;
        if (_level == EnvelopeLevel.Message)
        {
            _messageSegmentCount++;
        }
    }

    private void BeginElement()
    {
        if (!_inSegment)
        {
            throw new InvalidOperationException("A data element belongs to a segment: WriteSegmentStart comes first (or the segment has ended).");
        }

        _elementIndex++;
        _pendingElements++;
        _pendingRepetitions = 0;
        _pendingComponents = 0;
    }

    private void BeginComponent()
    {
        if (!_inSegment || _elementIndex == 0)
        {
            throw new InvalidOperationException("A component belongs to a data element: WriteElement comes first in the segment.");
        }

        _pendingComponents++;
    }

    private void BeginRepetition()
    {
        if (!_hasRepetition)
        {
            throw new InvalidOperationException(Options.Version == SyntaxVersion.V4
                ? "The delimiters define no repetition separator (UNA position 5 is a space)."
                : $"Syntax version {(int)Options.Version} has no repetition separator; data element repetition exists from version 4 on (ISO 9735-1 §7.4).");
        }

        if (!_inSegment || _elementIndex == 0)
        {
            throw new InvalidOperationException("A repetition belongs to a data element: WriteElement comes first in the segment.");
        }

        _pendingRepetitions++;
        _pendingComponents = 0;
    }

    /// <summary>Room for <paramref name="length"/> bytes after what is buffered.</summary>
    private Span<byte> Reserve(int length)
    {
        if (_memory.Length - _buffered < length)
        {
            Grow(length);
        }

        return _memory.Span[_buffered..];
    }

    private void Grow(int length)
    {
        var output = Output;
        if (_buffered > 0)
        {
            output.Advance(_buffered);
            if (_stream is null)
            {
                _committed += _buffered;
            }

            _buffered = 0;
        }

        _memory = output.GetMemory(Math.Max(length, MinimumBufferSize));
        if (_memory.Length < length)
        {
            throw new InvalidOperationException($"The output returned {_memory.Length} bytes of memory where {length} were asked for.");
        }
    }

    private int Encode(ReadOnlySpan<char> text, Span<byte> destination)
    {
        try
        {
            return _encoding.GetBytes(text, destination);
        }
        catch (EncoderFallbackException e)
        {
            var shown = e.CharUnknownHigh != default ? char.ConvertToUtf32(e.CharUnknownHigh, e.CharUnknownLow) : e.CharUnknown;
            throw new ArgumentException(
                $"U+{shown:X4} at index {e.Index} cannot be written in {Options.Syntax.Code} ({_encoding.WebName}); choose a syntax level whose character set has it.", e);
        }
    }
}
