using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace UniPass.Gateway.Benchmarks.Edifact;

/// <summary>
/// The ceiling for any EDIFACT tokenizer on this machine: 64 bytes per step are compared with the
/// four service characters (<see cref="Vector256"/>, or <see cref="Vector128"/> where 256-bit
/// vectors are not accelerated), each comparison becomes a 64-bit mask, and the masks are counted
/// with POPCNT after the released positions are removed.
/// </summary>
public static class VectorizedScan
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

        // 1 when the byte before the current block is an unreleased release character, so the
        // block's first byte is released (ISO 9735-1, release character: the release character makes the next
        // character lose its service meaning, including another release character).
        ulong carry = 0;

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
                var releases = Mask(low, high, release);
                var live = ~Released(releases, ref carry);
                terminators += BitOperations.PopCount(Mask(low, high, terminator) & live);
                elements += BitOperations.PopCount(Mask(low, high, element) & live);
                components += BitOperations.PopCount(Mask(low, high, component) & live);
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var component = Vector128.Create(characters.ComponentSeparator);
            var element = Vector128.Create(characters.ElementSeparator);
            var release = Vector128.Create(characters.ReleaseCharacter);
            var terminator = Vector128.Create(characters.SegmentTerminator);
            for (; offset + BlockLength <= length; offset += BlockLength)
            {
                var v0 = Vector128.LoadUnsafe(ref start, offset);
                var v1 = Vector128.LoadUnsafe(ref start, offset + 16);
                var v2 = Vector128.LoadUnsafe(ref start, offset + 32);
                var v3 = Vector128.LoadUnsafe(ref start, offset + 48);
                var releases = Mask(v0, v1, v2, v3, release);
                var live = ~Released(releases, ref carry);
                terminators += BitOperations.PopCount(Mask(v0, v1, v2, v3, terminator) & live);
                elements += BitOperations.PopCount(Mask(v0, v1, v2, v3, element) & live);
                components += BitOperations.PopCount(Mask(v0, v1, v2, v3, component) & live);
            }
        }

        for (; offset < length; offset++)
        {
            var value = Unsafe.Add(ref start, offset);
            if (carry != 0)
            {
                carry = 0;
            }
            else if (value == characters.ReleaseCharacter)
            {
                carry = 1;
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

    /// <summary>
    /// The positions of a block released by a release character: the byte after each release
    /// character that is not itself released. Release characters are rare in real data, so the
    /// common block (no release character, no carry) costs one compare.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Released(ulong releases, ref ulong carry)
    {
        if ((releases | carry) == 0)
        {
            return 0;
        }

        var released = carry;
        carry = 0;
        while (releases != 0)
        {
            var index = BitOperations.TrailingZeroCount(releases);
            var bit = 1UL << index;
            releases &= releases - 1;
            if ((released & bit) != 0)
            {
                continue;
            }

            if (index == BlockLength - 1)
            {
                carry = 1;
            }
            else
            {
                released |= bit << 1;
            }
        }

        return released;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(Vector256<byte> low, Vector256<byte> high, Vector256<byte> value) =>
        Vector256.Equals(low, value).ExtractMostSignificantBits()
        | ((ulong)Vector256.Equals(high, value).ExtractMostSignificantBits() << 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mask(Vector128<byte> v0, Vector128<byte> v1, Vector128<byte> v2, Vector128<byte> v3, Vector128<byte> value) =>
        Vector128.Equals(v0, value).ExtractMostSignificantBits()
        | ((ulong)Vector128.Equals(v1, value).ExtractMostSignificantBits() << 16)
        | ((ulong)Vector128.Equals(v2, value).ExtractMostSignificantBits() << 32)
        | ((ulong)Vector128.Equals(v3, value).ExtractMostSignificantBits() << 48);
}
