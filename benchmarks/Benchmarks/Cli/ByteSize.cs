using System.Globalization;

namespace UniPass.Gateway.Benchmarks.Cli;

/// <summary>Sizes written as <c>1GB</c>, <c>100MB</c>, <c>64KB</c> or plain bytes; multiples are binary (1 MB = 2^20 bytes).</summary>
public static class ByteSize
{
    public static bool TryParse(string text, out long bytes)
    {
        bytes = 0;
        var value = text.Trim().ToUpperInvariant();
        long multiplier = 1;
        foreach (var (suffix, factor) in (ReadOnlySpan<(string, long)>)[("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("B", 1L)])
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal))
            {
                value = value[..^suffix.Length];
                multiplier = factor;
                break;
            }
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0 || count > long.MaxValue / multiplier)
        {
            return false;
        }

        bytes = count * multiplier;
        return true;
    }
}
