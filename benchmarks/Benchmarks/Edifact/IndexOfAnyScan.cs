namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// The plain library approach: <see cref="MemoryExtensions.IndexOfAny{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/>
/// jumps to the next service character, which is then classified one byte at a time. With a
/// delimiter every few bytes the vectorized search restarts after almost every byte.
/// </summary>
public static class IndexOfAnyScan
{
    /// <summary>Counts the unreleased service characters of <paramref name="interchange"/> after its UNA advice.</summary>
    public static ServiceCharacterCounts Count(ReadOnlySpan<byte> interchange)
    {
        var characters = ServiceCharacters.Detect(interchange, out var contentStart);
        return Count(interchange[contentStart..], characters);
    }

    /// <summary>Counts the unreleased service characters of <paramref name="content"/>.</summary>
    public static ServiceCharacterCounts Count(ReadOnlySpan<byte> content, ServiceCharacters characters)
    {
        ReadOnlySpan<byte> serviceCharacters =
        [
            characters.ComponentSeparator,
            characters.ElementSeparator,
            characters.ReleaseCharacter,
            characters.SegmentTerminator,
        ];
        long terminators = 0;
        long elements = 0;
        long components = 0;
        var position = 0;
        while (position < content.Length)
        {
            var found = content[position..].IndexOfAny(serviceCharacters);
            if (found < 0)
            {
                break;
            }

            position += found;
            var value = content[position];
            if (value == characters.ReleaseCharacter)
            {
                // ISO 9735-1, release character: the next character, whatever it is, has no service meaning.
                position += 2;
                continue;
            }

            if (value == characters.SegmentTerminator)
            {
                terminators++;
            }
            else if (value == characters.ElementSeparator)
            {
                elements++;
            }
            else
            {
                components++;
            }

            position++;
        }

        return new ServiceCharacterCounts(terminators, elements, components);
    }
}
