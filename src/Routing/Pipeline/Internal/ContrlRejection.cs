using System.Globalization;
using System.Text;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>
/// A CONTRL (UN/EDIFACT syntax and service report, ISO 9735-1 and the CONTRL message D:3) that rejects
/// the whole interchange: UCI with action 4 ("this level and all lower levels rejected") and the first
/// finding's syntax error code (0085).
/// </summary>
internal static class ContrlRejection
{
    private const char ComponentSeparator = ':';
    private const char ElementSeparator = '+';
    private const char ReleaseCharacter = '?';
    private const char SegmentTerminator = '\'';

    // ISO 9735-1 data element 0083 "Action, coded": 4 = this level and all lower levels rejected.
    private const string Rejected = "4";

    // ISO 9735-1 0085 code 12 "Invalid value" when no finding names a more precise code.
    private const string InvalidValue = "12";

    private const int MaxControlReferenceLength = 14;

    public static byte[] Write(PipelineContext context, Guid ackId, DateTimeOffset now)
    {
        var interchange = context.Detection.Interchange;
        var originalSender = interchange?.Sender ?? context.Entry.PartnerId;
        var originalRecipient = interchange?.Recipient ?? string.Empty;
        var reference = ackId.ToString("N")[..MaxControlReferenceLength];
        var code = context.Findings.Select(f => f.SyntaxErrorCode).FirstOrDefault(c => c is not null) ?? InvalidValue;
        var text = new StringBuilder();
        text.Append("UNA:+.? '");
        Segment(text, "UNB", "UNOC:3", Escape(originalRecipient.Length > 0 ? originalRecipient : "UNIPASS"), Escape(originalSender),
            now.UtcDateTime.ToString("yyMMdd", CultureInfo.InvariantCulture) + ComponentSeparator + now.UtcDateTime.ToString("HHmm", CultureInfo.InvariantCulture), reference);
        Segment(text, "UNH", "1", "CONTRL:D:3:UN");
        Segment(text, "UCI", Escape(interchange?.ControlReference ?? string.Empty), Escape(originalSender), Escape(originalRecipient), Rejected, code);
        Segment(text, "UNT", "3", "1");
        Segment(text, "UNZ", "1", reference);
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    private static void Segment(StringBuilder text, string tag, params string[] elements)
    {
        text.Append(tag);
        foreach (var element in elements)
        {
            text.Append(ElementSeparator).Append(element);
        }

        text.Append(SegmentTerminator);
    }

    /// <summary>ISO 9735-1 §7.1: a service character inside a value is preceded by the release character.</summary>
    private static string Escape(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is ComponentSeparator or ElementSeparator or ReleaseCharacter or SegmentTerminator)
            {
                text.Append(ReleaseCharacter);
            }

            text.Append(c);
        }

        return text.ToString();
    }
}
