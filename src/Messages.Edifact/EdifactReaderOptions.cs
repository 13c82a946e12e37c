namespace UniPass.Gateway.Messages.Edifact;

/// <summary>How an interchange is read and judged, and the byte budgets that bound memory.</summary>
public sealed record EdifactReaderOptions
{
    /// <summary>Strict (ISO 9735 as written) or lenient (recover and warn).</summary>
    public EdifactReadMode Mode { get; init; } = EdifactReadMode.Strict;

    /// <summary>
    /// The longest segment accepted, in bytes (default 64 KiB): reading stops with EDI0030 at the terminator of a longer one, in memory
    /// and streamed; streamed, also as soon as more than this is buffered without a complete token.
    /// </summary>
    public int MaxSegmentBytes { get; init; } = 64 * 1024;

    /// <summary>
    /// The longest message (UNH to UNT) kept in memory at once, in bytes (default 16 MiB): streamed, where each message is copied
    /// out of the pipe, reading stops with EDI0031 at a longer one; in memory the input is already held whole and is not bounded here.
    /// </summary>
    public int MaxMessageBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// The longest interchange accepted, in bytes (default 4 GiB): in memory and streamed alike, reading stops with EDI0032 at the
    /// segment that ends beyond it.
    /// </summary>
    public long MaxInterchangeBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>
    /// Whether a value outside the level A/B repertoire (UNOA, UNOB; EDI0010, CONTRL 0085 = 21) rejects the interchange in strict
    /// mode. ISO 9735 makes it a syntax error, but partners routinely write lower case and UTF-8 text into UNOA envelopes that
    /// their receivers accept, so by default (false) strict mode reports each such value as a warning and lenient mode does not
    /// check; set, strict mode reports errors and lenient mode warnings. At most 100 values are listed, the rest counted.
    /// </summary>
    public bool EnforceRepertoire { get; init; }

    /// <summary>At most this many diagnostics are kept; the rest are counted only (default 1000).</summary>
    public int MaxDiagnostics { get; init; } = 1000;

    /// <summary>Strict defaults.</summary>
    public static EdifactReaderOptions Strict { get; } = new();

    /// <summary>Lenient defaults.</summary>
    public static EdifactReaderOptions Lenient { get; } = new() { Mode = EdifactReadMode.Lenient };
}
