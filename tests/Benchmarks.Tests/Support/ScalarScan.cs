using System.Text;
using UniPass.Gateway.Benchmarks.Edifact;

namespace UniPass.Gateway.Benchmarks.Tests.Support;

/// <summary>
/// The obvious byte-at-a-time reading of an interchange, kept deliberately simple so it can serve
/// as the oracle for the optimized scanners and for the generator's envelopes.
/// </summary>
public static class ScalarScan
{
    public static ServiceCharacterCounts Count(ReadOnlySpan<byte> content, ServiceCharacters characters)
    {
        long terminators = 0;
        long elements = 0;
        long components = 0;
        for (var i = 0; i < content.Length; i++)
        {
            var b = content[i];
            if (b == characters.ReleaseCharacter)
            {
                i++;
            }
            else if (b == characters.SegmentTerminator)
            {
                terminators++;
            }
            else if (b == characters.ElementSeparator)
            {
                elements++;
            }
            else if (b == characters.ComponentSeparator)
            {
                components++;
            }
        }

        return new ServiceCharacterCounts(terminators, elements, components);
    }

    /// <summary>
    /// Splits the interchange after its UNA into segments of elements of components, with release
    /// characters removed and line breaks between segments dropped; text is decoded as ISO 8859-1.
    /// </summary>
    public static List<string[][]> Segments(byte[] interchange)
    {
        var characters = ServiceCharacters.Detect(interchange, out var start);
        var segments = new List<string[][]>();
        var elements = new List<string[]>();
        var components = new List<string>();
        var value = new List<byte>();
        for (var i = start; i < interchange.Length; i++)
        {
            var b = interchange[i];
            if (b == characters.ReleaseCharacter && i + 1 < interchange.Length)
            {
                value.Add(interchange[++i]);
            }
            else if (b == characters.ComponentSeparator)
            {
                components.Add(Take(value));
            }
            else if (b == characters.ElementSeparator)
            {
                components.Add(Take(value));
                elements.Add([.. components]);
                components.Clear();
            }
            else if (b == characters.SegmentTerminator)
            {
                components.Add(Take(value));
                elements.Add([.. components]);
                components.Clear();
                segments.Add([.. elements]);
                elements.Clear();
            }
            else if (b is not ((byte)'\n' or (byte)'\r') || value.Count > 0 || components.Count > 0 || elements.Count > 0)
            {
                value.Add(b);
            }
        }

        return segments;
    }

    private static string Take(List<byte> value)
    {
        var text = Encoding.Latin1.GetString([.. value]);
        value.Clear();
        return text;
    }
}
