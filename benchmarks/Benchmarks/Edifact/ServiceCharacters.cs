namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// The four service characters the scanners count or honour, as announced by the interchange's
/// UNA service string advice (ISO 9735-1, UNA) or the level-C defaults when there is none.
/// </summary>
public readonly record struct ServiceCharacters(byte ComponentSeparator, byte ElementSeparator, byte ReleaseCharacter, byte SegmentTerminator)
{
    /// <summary>Length of the UNA service string advice: "UNA" and six characters (ISO 9735-1, UNA).</summary>
    public const int ServiceStringAdviceLength = 9;

    /// <summary>The defaults of syntax levels A and C (ISO 9735-1, service characters): <c>: + ? '</c>.</summary>
    public static ServiceCharacters Default => new((byte)':', (byte)'+', (byte)'?', (byte)'\'');

    /// <summary>
    /// Reads the UNA advice at the start of <paramref name="interchange"/>, when there is one, and
    /// returns the characters and the offset of the first byte after it.
    /// </summary>
    public static ServiceCharacters Detect(ReadOnlySpan<byte> interchange, out int contentStart)
    {
        if (interchange.Length >= ServiceStringAdviceLength && interchange.StartsWith("UNA"u8))
        {
            // UNA positions: 4 component separator, 5 element separator, 6 decimal mark,
            // 7 release character, 8 reserved (repetition separator in version 4), 9 terminator.
            contentStart = ServiceStringAdviceLength;
            return new ServiceCharacters(interchange[3], interchange[4], interchange[6], interchange[8]);
        }

        contentStart = 0;
        return Default;
    }
}
