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
        var result = rest.StartsWith("UNA"u8) || rest.StartsWith("UNB"u8) ? EdifactHeaderPeek.Read(rest)
            : rest[0] switch
            {
                LessThan => XmlRootPeek.Read(content[start..]),
                OpenBrace or OpenBracket => JsonTypePeek.Read(content[start..]),
                _ => DetectionResult.Unknown,
            };
        return Printable(result);
    }

    /// <summary>
    /// What detection found is kept (as the message's type, and as the interchange key that de-duplicates it) only when it
    /// holds no control character: a JSON <c>"\u0000"</c> or an EDIFACT NUL byte is no type or reference, and PostgreSQL's
    /// text refuses NUL. The message itself is stored all the same; its validation reports what is wrong.
    /// </summary>
    private static DetectionResult Printable(DetectionResult result)
    {
        if (HasControl(result.MessageType))
        {
            result = result with { MessageType = null };
        }

        if (result.Interchange is { } key && (HasControl(key.Sender) || HasControl(key.Recipient) || HasControl(key.ControlReference) || HasControl(key.SenderQualifier)))
        {
            result = result with { Interchange = null };
        }

        return result;
    }

    private static bool HasControl(string? text) => text is not null && text.Any(char.IsControl);

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
