using System.Text;

namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>
/// Damage of the kinds transmission and hand-editing cause, for robustness tests: a byte replaced
/// (by a service character, a line break or any byte), inserted or removed, a run removed or
/// copied elsewhere, the input cut short, or one service character swapped for another byte
/// throughout and declared in UNA.
/// </summary>
internal static class Mutations
{
    private static readonly byte[] Likely = "+:'?*.,\r\n \tUNHTZBGE0123456789ABC|~^\0"u8.ToArray();
    private static readonly byte[] Swaps = "+:'?*|~^!#\r\n"u8.ToArray();

    /// <summary>One to four mutations of <paramref name="input"/>, drawn from <paramref name="random"/>.</summary>
    public static byte[] Apply(byte[] input, Random random)
    {
        var bytes = new List<byte>(input);
        var count = 1 + random.Next(4);
        for (var k = 0; k < count; k++)
        {
            if (bytes.Count == 0)
            {
                bytes.Add((byte)'U');
            }

            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 0:
                    bytes[at] = Likely[random.Next(Likely.Length)];
                    break;
                case 1:
                    bytes.Insert(at, Likely[random.Next(Likely.Length)]);
                    break;
                case 2:
                    bytes.RemoveAt(at);
                    break;
                case 3:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(40)));
                    break;
                case 4:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 5:
                    var from = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(60), bytes.Count - from)));
                    break;
                case 6:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes = SwapServiceCharacter(bytes, "+:'?"u8[random.Next(4)], Swaps[random.Next(Swaps.Length)]);
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>Exchanges <paramref name="from"/> and <paramref name="to"/> everywhere, declaring the result in UNA (added when absent).</summary>
    private static List<byte> SwapServiceCharacter(List<byte> bytes, byte from, byte to)
    {
        byte Swap(byte b) => b == from ? to : b == to ? from : b;
        var swapped = bytes.Select(Swap).ToList();
        if (!(swapped.Count >= 3 && swapped[0] == 'U' && swapped[1] == 'N' && swapped[2] == 'A'))
        {
            swapped.InsertRange(0, Encoding.ASCII.GetBytes("UNA:+.? '").Select(Swap));
        }

        return swapped;
    }
}
