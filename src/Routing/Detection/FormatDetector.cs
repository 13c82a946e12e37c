using UniPass.Gateway.Routing.Detection.Internal;

namespace UniPass.Gateway.Routing.Detection;

/// <summary>
/// Detects a message's format from its content, never from the declared media type alone:
/// UNA/UNB → EDIFACT, XML root namespace → WCO Data Model, <c>{</c>/<c>[</c> → JSON.
/// Reads at most <see cref="MaxPeekBytes"/> and never throws on bad input.
/// </summary>
public static class FormatDetector
{
    /// <summary>How far detection reads into a message.</summary>
    public const int MaxPeekBytes = 64 * 1024;

    private const byte ByteOrderMark0 = 0xEF;
    private const byte ByteOrderMark1 = 0xBB;
    private const byte ByteOrderMark2 = 0xBF;
    private const byte LessThan = (byte)'<';
    private const byte OpenBrace = (byte)'{';
    private const byte OpenBracket = (byte)'[';

    public static DetectionResult Detect(ReadOnlySpan<byte> content)
    {
        var span = content.Length > MaxPeekBytes ? content[..MaxPeekBytes] : content;
        var start = SkipPreamble(span);
        if (start >= span.Length)
        {
            return DetectionResult.Unknown;
        }

        var rest = span[start..];
        if (rest.StartsWith("UNA"u8) || rest.StartsWith("UNB"u8))
        {
            return EdifactHeaderPeek.Read(rest);
        }

        return rest[0] switch
        {
            LessThan => XmlRootPeek.Read(content[start..]),
            OpenBrace or OpenBracket => JsonTypePeek.Read(content[start..]),
            _ => DetectionResult.Unknown,
        };
    }

    private static int SkipPreamble(ReadOnlySpan<byte> span)
    {
        var i = 0;
        if (span.Length >= 3 && span[0] == ByteOrderMark0 && span[1] == ByteOrderMark1 && span[2] == ByteOrderMark2)
        {
            i = 3;
        }

        while (i < span.Length && span[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        return i;
    }
}
