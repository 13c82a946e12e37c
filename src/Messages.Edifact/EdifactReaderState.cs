namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// Everything <see cref="EdifactReader"/> needs to resume on the next buffer: a plain struct that
/// survives <c>await</c> (the reader itself is a <see langword="ref struct"/>).
/// </summary>
public struct EdifactReaderState
{
    internal long Offset;
    internal EdifactDelimiters Delimiters;
    internal SyntaxIdentifier Syntax;
    internal SyntaxVersion Version;
    internal EdifactReadMode Mode;
    internal ReaderPosition Position;
    internal int SegmentIndex;
    internal int ElementIndex;
    internal int ComponentIndex;
    internal int RepetitionIndex;
    internal EdifactTokenFlags PendingFlags;
    internal bool DelimitersKnown;
    internal bool ServiceStringAdvice;
    internal bool VirtualTerminator;
    internal bool InUnb;
    internal bool Initialized;

    /// <summary>Creates the state for the start of an interchange.</summary>
    /// <param name="mode">Lenient mode lets a line break stand in for a missing segment terminator.</param>
    public EdifactReaderState(EdifactReadMode mode = EdifactReadMode.Strict)
    {
        Mode = mode;
        Delimiters = EdifactDelimiters.Default;
        Initialized = true;
    }

    /// <summary>
    /// Creates the state for reading bytes whose delimiters and syntax are already known, for
    /// example one message cut out of an interchange by <see cref="EdifactInterchangeReader"/>.
    /// </summary>
    public EdifactReaderState(EdifactDelimiters delimiters, SyntaxIdentifier syntax, SyntaxVersion version, EdifactReadMode mode = EdifactReadMode.Strict, int segmentIndexBefore = 0, long offset = 0)
        : this(mode)
    {
        Delimiters = delimiters;
        Syntax = syntax;
        Version = version;
        DelimitersKnown = true;
        ServiceStringAdvice = true;
        SegmentIndex = segmentIndexBefore;
        Offset = offset;
    }

    /// <summary>The delimiters in force (from UNA, or the defaults of the syntax level).</summary>
    public readonly EdifactDelimiters CurrentDelimiters => Delimiters;

    /// <summary>The syntax identifier read from UNB S001, or default before it.</summary>
    public readonly SyntaxIdentifier SyntaxIdentifier => Syntax;

    /// <summary>The syntax version read from UNB S001, or <see cref="SyntaxVersion.Unknown"/>.</summary>
    public readonly SyntaxVersion SyntaxVersion => Version;

    /// <summary>The absolute byte offset (in the whole input) of the next byte to read.</summary>
    public readonly long BytesConsumed => Offset;

    /// <summary>The number of segments read so far (UNA not counted).</summary>
    public readonly int SegmentCount => SegmentIndex;
}

/// <summary>Where the reader stands between two tokens.</summary>
internal enum ReaderPosition : byte
{
    /// <summary>Before a segment's tag (or a UNA at the start of the input).</summary>
    BetweenSegments = 0,

    /// <summary>On the delimiter that ends the tag or value just read.</summary>
    AtDelimiter = 1,

    /// <summary>After a separator, before the next value.</summary>
    BeforeValue = 2,

    /// <summary>The input ended inside a segment; the next token is an unterminated segment end.</summary>
    AtEndOfInput = 3,
}
