namespace UniPass.Gateway.Messages.Edifact;

/// <summary>One message of an interchange as the envelope level sees it.</summary>
public sealed record EdifactMessageSummary
{
    /// <summary>The UNH header.</summary>
    public required MessageHeader Header { get; init; }

    /// <summary>The UNT trailer, or null when it is missing.</summary>
    public EnvelopeTrailer? Trailer { get; init; }

    /// <summary>The reference (0048) of the group the message is in, or null.</summary>
    public string? GroupReference { get; init; }

    /// <summary>The number of segments counted, UNH and UNT included.</summary>
    public int SegmentCount { get; init; }

    /// <summary>1-based segment index of the UNH in the interchange.</summary>
    public int SegmentIndex { get; init; }

    /// <summary>Absolute byte offset of the UNH tag.</summary>
    public long ByteOffset { get; init; }

    /// <summary>Number of bytes from the UNH tag to the end of the UNT terminator (or of the message's last byte).</summary>
    public long ByteLength { get; init; }
}
