using System.Text;
using UniPass.Gateway.Messages.Edifact.Contrl;

namespace UniPass.Gateway.Messages.Edifact.Tests.Contrl;

/// <summary>A clock that stands still, for UNB S004.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static FixedTime Default { get; } = new(new DateTimeOffset(2026, 3, 4, 5, 6, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}

/// <summary>Issues CTRL1, CTRL2, ...</summary>
internal sealed class CountingReferences : IControlReferenceGenerator
{
    private int _next;

    public string Next() => "CTRL" + (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Reads a CONTRL back with <see cref="EdifactReader"/>, one canonical line per segment (<c>:+*</c>, values unescaped).</summary>
internal static class ContrlReading
{
    public static List<string> Segments(byte[] interchange)
    {
        var segments = new List<string>();
        var reader = new EdifactReader(interchange);
        StringBuilder? segment = null;
        var element = 0;
        var repetition = 0;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case EdifactTokenType.SegmentStart:
                    segment = new StringBuilder(reader.GetString());
                    (element, repetition) = (0, 0);
                    break;
                case EdifactTokenType.Element:
                    segment!.Append(reader.ElementIndex != element ? '+' : reader.RepetitionIndex != repetition ? '*' : ':').Append(reader.GetString());
                    (element, repetition) = (reader.ElementIndex, reader.RepetitionIndex);
                    break;
                case EdifactTokenType.SegmentEnd:
                    segments.Add(segment!.ToString());
                    break;
            }
        }

        return segments;
    }

    /// <summary>The segments between UNH and UNT (the CONTRL message body).</summary>
    public static List<string> Body(byte[] interchange)
    {
        var segments = Segments(interchange);
        var unh = segments.FindIndex(s => s.StartsWith("UNH+", StringComparison.Ordinal));
        var unt = segments.FindIndex(s => s.StartsWith("UNT+", StringComparison.Ordinal));
        return segments.GetRange(unh + 1, unt - unh - 1);
    }
}
