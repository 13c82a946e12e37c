using System.Text;
using UniPass.Gateway.Tests.Shared;

namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>
/// <see cref="ByteMutations"/> for interchanges: the likely bytes are service characters, line breaks, tag letters and
/// digits, and the damage of EDIFACT's own is one service character swapped for another byte throughout and declared in
/// UNA.
/// </summary>
internal static class Mutations
{
    private static readonly byte[] Swaps = "+:'?*|~^!#\r\n"u8.ToArray();

    /// <summary>One to four mutations of <paramref name="input"/>, drawn from <paramref name="random"/>.</summary>
    public static byte[] Apply(byte[] input, Random random) =>
        ByteMutations.Apply(input, random, "U+:'?*.,\r\n \tNHTZBGE0123456789ABC|~^\0"u8, maxCopy: 60, maxMutations: 4, special: SwapServiceCharacter);

    /// <summary>Exchanges a service character and another byte everywhere, declaring the result in UNA (added when absent).</summary>
    private static List<byte> SwapServiceCharacter(List<byte> bytes, Random random)
    {
        var from = "+:'?"u8[random.Next(4)];
        var to = Swaps[random.Next(Swaps.Length)];
        byte Swap(byte b) => b == from ? to : b == to ? from : b;
        var swapped = bytes.Select(Swap).ToList();
        if (!(swapped.Count >= 3 && swapped[0] == 'U' && swapped[1] == 'N' && swapped[2] == 'A'))
        {
            swapped.InsertRange(0, Encoding.ASCII.GetBytes("UNA:+.? '").Select(Swap));
        }

        return swapped;
    }
}
