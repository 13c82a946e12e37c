using System.Text;

namespace UniPass.Gateway.Routing.Detection.Internal;

/// <summary>
/// Reads just enough of an EDIFACT interchange to route and de-duplicate it: the delimiters
/// (UNA), the interchange key (UNB) and the first message type (UNH). Full syntax checking is the
/// EDIFACT engine's job; this never throws.
/// </summary>
internal static class EdifactHeaderPeek
{
    // ISO 9735-1 §7.3 / Annex A: the default service characters when no UNA is present.
    private const byte DefaultComponentSeparator = (byte)':';
    private const byte DefaultElementSeparator = (byte)'+';
    private const byte DefaultReleaseCharacter = (byte)'?';
    private const byte DefaultSegmentTerminator = (byte)'\'';
    private const byte LineFeed = (byte)'\n';
    private const byte CarriageReturn = (byte)'\r';

    // UNA is "UNA" followed by exactly six service characters (ISO 9735-1 §7.2).
    private const int UnaLength = 9;
    private const int MaxSegmentsScanned = 16;
    private const int MaxValueLength = 70;

    public static DetectionResult Read(ReadOnlySpan<byte> span)
    {
        var delimiters = new Delimiters(DefaultComponentSeparator, DefaultElementSeparator, DefaultReleaseCharacter, DefaultSegmentTerminator, NewlineTerminates: false);
        var pos = 0;
        if (span.StartsWith("UNA"u8))
        {
            if (span.Length < UnaLength)
            {
                return new DetectionResult(MessageFormat.Edifact);
            }

            delimiters = new Delimiters(span[3], span[4], span[6], span[8], NewlineTerminates: false);
            pos = UnaLength;
        }
        else
        {
            // Some senders end segments with a newline and no UNA (not ISO 9735, but seen in practice):
            // when the first line holds no segment terminator, the newline is the terminator.
            var firstLine = span.IndexOf(LineFeed);
            var head = firstLine < 0 ? span : span[..firstLine];
            delimiters = delimiters with { NewlineTerminates = firstLine >= 0 && head.IndexOf(DefaultSegmentTerminator) < 0 };
        }

        InterchangeKey? interchange = null;
        string? messageType = null;
        for (var n = 0; n < MaxSegmentsScanned && pos < span.Length; n++)
        {
            pos = SkipLineBreaks(span, pos);
            var end = FindSegmentEnd(span, pos, delimiters);
            var segment = span[pos..end];
            pos = end + 1;
            if (segment.StartsWith("UNB"u8))
            {
                interchange = ReadInterchange(segment, delimiters);
            }
            else if (segment.StartsWith("UNH"u8))
            {
                messageType = Component(segment, delimiters, element: 2, component: 0);
                break;
            }
        }

        return new DetectionResult(MessageFormat.Edifact, string.IsNullOrEmpty(messageType) ? null : messageType, interchange);
    }

    private static InterchangeKey? ReadInterchange(ReadOnlySpan<byte> unb, Delimiters d)
    {
        // UNB: element 1 S001 syntax identifier, 2 S002 sender (0004), 3 S003 recipient (0010), 4 S004 date/time, 5 0020 control reference.
        var sender = Component(unb, d, element: 2, component: 0);
        var qualifier = Component(unb, d, element: 2, component: 1);
        var recipient = Component(unb, d, element: 3, component: 0);
        var reference = Component(unb, d, element: 5, component: 0);
        if (string.IsNullOrEmpty(sender) || string.IsNullOrEmpty(reference))
        {
            return null;
        }

        return new InterchangeKey(sender, recipient ?? string.Empty, reference, string.IsNullOrEmpty(qualifier) ? null : qualifier);
    }

    private static int SkipLineBreaks(ReadOnlySpan<byte> span, int pos)
    {
        while (pos < span.Length && span[pos] is CarriageReturn or LineFeed or (byte)' ' or (byte)'\t')
        {
            pos++;
        }

        return pos;
    }

    private static int FindSegmentEnd(ReadOnlySpan<byte> span, int pos, Delimiters d)
    {
        for (var i = pos; i < span.Length; i++)
        {
            var b = span[i];
            if (b == d.Release)
            {
                i++;
            }
            else if (b == d.SegmentTerminator || (d.NewlineTerminates && b == LineFeed))
            {
                return i;
            }
        }

        return span.Length;
    }

    /// <summary>The value of data element <paramref name="element"/> (0 = the tag), component <paramref name="component"/>, release characters removed.</summary>
    private static string? Component(ReadOnlySpan<byte> segment, Delimiters d, int element, int component)
    {
        int currentElement = 0, currentComponent = 0;
        Span<byte> value = stackalloc byte[MaxValueLength];
        var length = 0;
        var found = false;
        for (var i = 0; i < segment.Length; i++)
        {
            var b = segment[i];
            if (b == d.Release && i + 1 < segment.Length)
            {
                b = segment[++i];
            }
            else if (b == d.ElementSeparator)
            {
                if (found)
                {
                    break;
                }

                currentElement++;
                currentComponent = 0;
                continue;
            }
            else if (b == d.ComponentSeparator)
            {
                if (found)
                {
                    break;
                }

                currentComponent++;
                continue;
            }
            else if (b is CarriageReturn or LineFeed)
            {
                continue;
            }

            if (currentElement == element && currentComponent == component)
            {
                found = true;
                if (length < value.Length)
                {
                    value[length++] = b;
                }
            }
        }

        return found ? Encoding.Latin1.GetString(value[..length]).Trim() : null;
    }

    private readonly record struct Delimiters(byte ComponentSeparator, byte ElementSeparator, byte Release, byte SegmentTerminator, bool NewlineTerminates);
}
