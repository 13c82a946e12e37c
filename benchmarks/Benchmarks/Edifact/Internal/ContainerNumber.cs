namespace UniPass.Gateway.Benchmarks.Edifact.Internal;

/// <summary>ISO 6346 container identifiers: owner code and category (4 letters), serial (6 digits), check digit.</summary>
internal static class ContainerNumber
{
    public const int Length = 11;

    /// <summary>Writes owner code, <paramref name="serial"/> and the ISO 6346 check digit into <paramref name="destination"/>.</summary>
    public static Span<byte> Write(Span<byte> destination, ReadOnlySpan<byte> ownerAndCategory, int serial)
    {
        ownerAndCategory[..4].CopyTo(destination);
        serial.TryFormat(destination[4..10], out _, "D6");
        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            sum += CharacterValue(destination[i]) << i;
        }

        // ISO 6346 Annex A: the weighted sum modulo 11; a remainder of 10 is written as 0.
        destination[10] = (byte)('0' + (sum % 11 % 10));
        return destination[..Length];
    }

    /// <summary>ISO 6346 Annex A: digits are their value; letters count from A = 10, skipping multiples of 11.</summary>
    private static int CharacterValue(byte c)
    {
        if (c is >= (byte)'0' and <= (byte)'9')
        {
            return c - '0';
        }

        var value = 10 + (c - 'A');
        foreach (var skipped in (ReadOnlySpan<int>)[11, 22, 33])
        {
            if (value >= skipped)
            {
                value++;
            }
        }

        return value;
    }
}
