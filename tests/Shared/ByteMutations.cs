namespace UniPass.Gateway.Tests.Shared;

/// <summary>
/// Damage of the kinds transmission and hand-editing cause, for robustness tests over real documents: a byte replaced (by
/// one of the format's likely bytes or by any byte), inserted or removed, a run removed or copied elsewhere, the input
/// cut short, or a damage of the format's own (<paramref name="special"/>). Seeded per input (<see cref="Seed"/>), so
/// that a failure names a case that can be replayed.
/// </summary>
public static class ByteMutations
{
    /// <summary>One to <paramref name="maxMutations"/> mutations of <paramref name="input"/>, drawn from <paramref name="random"/>.</summary>
    public static byte[] Apply(byte[] input, Random random, ReadOnlySpan<byte> likely, int maxCopy, int maxMutations = 3, Func<List<byte>, Random, List<byte>>? special = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(random);
        var bytes = new List<byte>(input);
        for (var k = 1 + random.Next(maxMutations); k > 0; k--)
        {
            if (bytes.Count == 0)
            {
                bytes.Add(likely[0]);
            }

            var at = random.Next(bytes.Count);
            switch (random.Next(special is null ? 6 : 7))
            {
                case 0:
                    bytes[at] = likely[random.Next(likely.Length)];
                    break;
                case 1:
                    bytes.Insert(at, likely[random.Next(likely.Length)]);
                    break;
                case 2:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + random.Next(30)));
                    break;
                case 3:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 4:
                    var from = random.Next(bytes.Count);
                    bytes.InsertRange(at, bytes.GetRange(from, Math.Min(random.Next(maxCopy), bytes.Count - from)));
                    break;
                case 5:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                default:
                    bytes = special!(bytes, random);
                    break;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>A seed that depends on <paramref name="name"/> only (string.GetHashCode changes from run to run).</summary>
    public static int Seed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = 17;
        foreach (var c in name)
        {
            hash = (hash * 31) + c;
        }

        return hash;
    }
}
