using System.Text;
using UniPass.Gateway.Messages.Edifact;

namespace UniPass.Gateway.Routing.Tests.Support;

/// <summary>A CONTRL as our own reader reads it: one <c>TAG+e1:c2+e2</c> string per segment, after checking it is a valid interchange.</summary>
public static class ContrlSegments
{
    public static string[] Of(ReadOnlySpan<byte> contrl)
    {
        var result = EdifactInterchange.Validate(contrl);
        Assert.That(result.IsValid, Is.True, string.Join("\n", result.Diagnostics) + "\n" + Encoding.Latin1.GetString(contrl));
        var segments = new List<string>();
        var reader = new EdifactReader(contrl);
        var segment = new StringBuilder();
        while (reader.Read())
        {
            if (reader.TokenType == EdifactTokenType.SegmentStart)
            {
                segment.Clear().Append(reader.GetString());
            }
            else if (reader.TokenType == EdifactTokenType.Element)
            {
                segment.Append(reader.ComponentIndex == 1 ? '+' : ':').Append(reader.GetString());
            }
            else
            {
                segments.Add(segment.ToString());
            }
        }

        return [.. segments];
    }
}
