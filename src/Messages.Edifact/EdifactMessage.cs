using System.Buffers;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// One message cut out of an interchange by <see cref="EdifactInterchangeReader"/>: its UNH
/// header, the interchange's delimiters and syntax, and the message's own bytes (UNH to UNT) in
/// a pooled buffer, so later layers re-read it with <see cref="EdifactReader"/> in flat memory.
/// Dispose it to return the buffer.
/// </summary>
public sealed class EdifactMessage : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    internal EdifactMessage(byte[] buffer, int length, EdifactMessageSummary summary, IReadOnlyList<EdifactDiagnostic> diagnostics,
        InterchangeHeader? interchange, GroupHeader? group, EdifactDelimiters delimiters, SyntaxIdentifier syntax, SyntaxVersion version)
    {
        _buffer = buffer;
        _length = length;
        Summary = summary;
        Diagnostics = diagnostics;
        Interchange = interchange;
        Group = group;
        Delimiters = delimiters;
        Syntax = syntax;
        Version = version;
    }

    /// <summary>The UNH header.</summary>
    public MessageHeader Header => Summary.Header;

    /// <summary>Header, trailer, counts and position of the message.</summary>
    public EdifactMessageSummary Summary { get; }

    /// <summary>The findings from the message's UNH to its end.</summary>
    public IReadOnlyList<EdifactDiagnostic> Diagnostics { get; }

    /// <summary>The interchange header, or null when it was missing.</summary>
    public InterchangeHeader? Interchange { get; }

    /// <summary>The group the message is in, or null.</summary>
    public GroupHeader? Group { get; }

    /// <summary>The interchange's delimiters.</summary>
    public EdifactDelimiters Delimiters { get; }

    /// <summary>The interchange's syntax identifier.</summary>
    public SyntaxIdentifier Syntax { get; }

    /// <summary>The interchange's syntax version.</summary>
    public SyntaxVersion Version { get; }

    /// <summary>1-based index of the UNH in the interchange.</summary>
    public int SegmentIndex => Summary.SegmentIndex;

    /// <summary>Absolute byte offset of the UNH in the interchange.</summary>
    public long ByteOffset => Summary.ByteOffset;

    /// <summary>The message's bytes, UNH to UNT terminator.</summary>
    public ReadOnlySpan<byte> Span => (_buffer ?? throw new ObjectDisposedException(nameof(EdifactMessage))).AsSpan(0, _length);

    /// <summary>The message's bytes as memory (valid until <see cref="Dispose"/>).</summary>
    public ReadOnlyMemory<byte> Memory => (_buffer ?? throw new ObjectDisposedException(nameof(EdifactMessage))).AsMemory(0, _length);

    /// <summary>A reader state that reads <see cref="Span"/> with the interchange's delimiters and positions.</summary>
    public EdifactReaderState CreateReaderState(EdifactReadMode mode = EdifactReadMode.Strict) =>
        new(Delimiters, Syntax, Version, mode, SegmentIndex - 1, ByteOffset);

    /// <summary>A reader over the message whose segment indices and offsets are those of the interchange.</summary>
    public EdifactReader CreateReader(EdifactReadMode mode = EdifactReadMode.Strict) => new(Span, isFinalBlock: true, CreateReaderState(mode));

    /// <inheritdoc/>
    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = null;
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
