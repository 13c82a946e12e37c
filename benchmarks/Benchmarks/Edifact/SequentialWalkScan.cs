using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// The floor of any reader that hands out one token at a time: the vectorized ceiling's masks, but
/// walked from one service character to the next in order, each classified with a branch as a
/// reader must before it can report the token that character ends. There is no reader API here,
/// no indices, no positions and no flags; the whole walk is one loop over locals. What this loses
/// against <see cref="VectorizedScan"/> is the cost of visiting the service characters one by one,
/// which no token-at-a-time reader avoids.
/// </summary>
public static class SequentialWalkScan
{
    private const int BlockLength = 64;

    /// <summary>Counts the unreleased service characters of <paramref name="interchange"/> after its UNA advice.</summary>
    public static ServiceCharacterCounts Count(ReadOnlySpan<byte> interchange)
    {
        var characters = ServiceCharacters.Detect(interchange, out var contentStart);
        return Count(interchange[contentStart..], characters);
    }

    /// <summary>Counts the unreleased service characters of <paramref name="content"/>.</summary>
    public static ServiceCharacterCounts Count(ReadOnlySpan<byte> content, ServiceCharacters characters)
    {
        ref var start = ref MemoryMarshal.GetReference(content);
        var length = (nuint)content.Length;
        nuint offset = 0;
        long terminators = 0;
        long elements = 0;
        long components = 0;

        // True when the previous block ended on an unreleased release character.
        var releasedFirst = false;
        if (Vector256.IsHardwareAccelerated)
        {
            var component = Vector256.Create(characters.ComponentSeparator);
            var element = Vector256.Create(characters.ElementSeparator);
            var release = Vector256.Create(characters.ReleaseCharacter);
            var terminator = Vector256.Create(characters.SegmentTerminator);
            for (; offset + BlockLength <= length; offset += BlockLength)
            {
                var low = Vector256.LoadUnsafe(ref start, offset);
                var high = Vector256.LoadUnsafe(ref start, offset + 32);
                var mask = Mask(low, high, component, element, release, terminator);
                if (releasedFirst)
                {
                    mask &= ~1UL;
                    releasedFirst = false;
                }

                while (mask != 0)
                {
                    var index = BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    var value = Unsafe.Add(ref start, offset + (nuint)index);
                    if (value == characters.ReleaseCharacter)
                    {
                        if (index == BlockLength - 1)
                        {
                            releasedFirst = true;
                        }
                        else
                        {
                            mask &= ~(1UL << (index + 1));
                        }
                    }
                    else if (value == characters.SegmentTerminator)
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
                }
            }
        }

        for (; offset < length; offset++)
        {
            var value = Unsafe.Add(ref start, offset);
            if (releasedFirst)
            {
                releasedFirst = false;
            }
            else if (value == characters.ReleaseCharacter)
            {
                releasedFirst = true;
            }
            else if (value == characters.SegmentTerminator)
            {
                terminators++;
            }
            else if (value == characters.ElementSeparator)
            {
                elements++;
            }
            else if (value == characters.ComponentSeparator)
            {
                components++;
            }
        }

        return new ServiceCharacterCounts(terminators, elements, components);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(Vector256<byte> low, Vector256<byte> high, Vector256<byte> component, Vector256<byte> element, Vector256<byte> release, Vector256<byte> terminator) =>
        (Vector256.Equals(low, component) | Vector256.Equals(low, element) | Vector256.Equals(low, release) | Vector256.Equals(low, terminator)).ExtractMostSignificantBits()
        | ((ulong)(Vector256.Equals(high, component) | Vector256.Equals(high, element) | Vector256.Equals(high, release) | Vector256.Equals(high, terminator)).ExtractMostSignificantBits() << 32);
}
