using UniPass.Gateway.Benchmarks.Edifact.Internal;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// Writes deterministic (seeded) UNOC syntax-3 interchanges of a requested size, one segment per
/// line: PAXLST D.02B or CUSCAR D.95B messages with released service characters and ISO 8859-1
/// text. Envelopes are valid by construction (UNT, UNE and UNZ counts and references match), and
/// the result carries the service-character counts a scanner must find. Output is streamed through
/// a 64 KiB buffer, so a 1 GB interchange never sits in memory.
/// </summary>
public sealed partial class InterchangeGenerator
{
    /// <summary>The seed the benchmarks use, so every run reads the same bytes.</summary>
    public const int DefaultSeed = 9735;

    // Room kept for the trailers (CNT, UNT, UNE, UNZ) when deciding whether one more passenger,
    // consignment or message still fits in the requested size.
    private const int TrailerReserve = 128;

    // The preparation date of every generated interchange: fixed, so output depends on the seed only.
    private static readonly DateTime s_prepared = new(2026, 11, 29, 12, 0, 0, DateTimeKind.Unspecified);

    private readonly SegmentWriter _writer;
    private readonly Random _random;
    private readonly SampleText _text = new();
    private readonly long _sizeBytes;
    private long _messages;

    private InterchangeGenerator(Stream destination, long sizeBytes, int seed)
    {
        _writer = new SegmentWriter(destination, segmentPerLine: true);
        _random = new Random(seed);
        _sizeBytes = sizeBytes;
    }

    /// <summary>A PAXLST interchange of about <paramref name="sizeBytes"/> bytes, in memory.</summary>
    public static byte[] Paxlst(long sizeBytes, int seed = DefaultSeed) => Generate(InterchangeKind.Paxlst, sizeBytes, seed, out _);

    /// <summary>A CUSCAR interchange of about <paramref name="sizeBytes"/> bytes, in memory.</summary>
    public static byte[] Cuscar(long sizeBytes, int seed = DefaultSeed) => Generate(InterchangeKind.Cuscar, sizeBytes, seed, out _);

    /// <summary>An interchange of about <paramref name="sizeBytes"/> bytes, in memory, and what it holds.</summary>
    public static byte[] Generate(InterchangeKind kind, long sizeBytes, int seed, out GeneratedInterchange summary)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sizeBytes, Array.MaxLength - (1 << 20));
        using var buffer = new MemoryStream((int)sizeBytes + (1 << 16));
        summary = Write(buffer, kind, sizeBytes, seed);
        return buffer.ToArray();
    }

    /// <summary>
    /// Streams an interchange to <paramref name="destination"/>. It holds at least one message and
    /// ends within a passenger or consignment (a few hundred bytes) of <paramref name="sizeBytes"/>.
    /// </summary>
    public static GeneratedInterchange Write(Stream destination, InterchangeKind kind, long sizeBytes, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sizeBytes);
        var generator = new InterchangeGenerator(destination, sizeBytes, seed);
        switch (kind)
        {
            case InterchangeKind.Paxlst:
                generator.WritePaxlstInterchange();
                break;
            case InterchangeKind.Cuscar:
                generator.WriteCuscarInterchange();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown interchange kind.");
        }

        generator._writer.Flush();
        return new GeneratedInterchange(kind, generator._writer.BytesWritten, generator._messages, generator._writer.Counts);
    }

    /// <summary>True when the interchange has reached its requested size (less the trailers).</summary>
    private bool Full => _writer.BytesWritten >= _sizeBytes - TrailerReserve;

    private SegmentWriter Segment(ReadOnlySpan<byte> tag) => _writer.Segment(tag);

    /// <summary>UNB with UNOC syntax version 3 (ISO 9735 v3: S004 date YYMMDD, time HHMM).</summary>
    private void WriteInterchangeHeader(ReadOnlySpan<byte> sender, ReadOnlySpan<byte> recipient, ReadOnlySpan<byte> controlReference, ReadOnlySpan<byte> application)
    {
        _writer.ServiceStringAdvice();
        Segment("UNB"u8).Element("UNOC"u8).Component(3)
            .Element(sender).Component("ZZ"u8)
            .Element(recipient).Component("ZZ"u8)
            .Element().DateTime(s_prepared, "yyMMdd").Component().DateTime(s_prepared, "HHmm")
            .Element(controlReference)
            .Element()
            .Element(application)
            .End();
    }

    /// <summary>UNT: the number of segments in the message, UNH and UNT included, and UNH's reference.</summary>
    private void WriteMessageTrailer(long firstSegment, long reference)
    {
        var count = _writer.Segments - firstSegment + 1;
        Segment("UNT"u8).Element(count).Element(reference).End();
        _messages++;
    }

    private byte[] Pick(byte[][] values) => values[_random.Next(values.Length)];

    private bool Chance(int percent) => _random.Next(100) < percent;

    /// <summary>Fills <paramref name="destination"/> with random characters of <paramref name="alphabet"/>.</summary>
    private Span<byte> Token(Span<byte> destination, ReadOnlySpan<byte> alphabet)
    {
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] = alphabet[_random.Next(alphabet.Length)];
        }

        return destination;
    }
}
