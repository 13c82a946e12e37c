using System.Globalization;

namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>
/// <c>validate</c>'s text output, read like a compiler's: one line per finding
/// (<c>FILE:SEGMENT_INDEX(TAG):ELEMENT[:COMPONENT]: error EDI0123: message (CONTRL 0085=29)</c>),
/// then one summary line per file.
/// </summary>
internal static class TextReport
{
    public static async Task WriteAsync(TextWriter output, FileReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            await output.WriteLineAsync(diagnostic.LineFor(report.File));
        }

        await output.WriteLineAsync(Summary(report));
    }

    /// <summary><c>FILE: valid (edifact UNOC:3, 1 message CUSDEC, 0 errors, 0 warnings)</c>.</summary>
    public static string Summary(FileReport report)
    {
        var parts = new List<string>();
        parts.Add(report.Syntax is null ? report.Format : $"{report.Format} {report.Syntax}");
        if (report.MessageCount > 0)
        {
            // The types of the messages listed (a very large interchange lists only its first ones).
            var types = string.Join(", ", report.Messages.Select(m => m.Type.Length == 0 ? "?" : m.Type).Distinct());
            parts.Add(types.Length == 0 ? Count(report.MessageCount, "message") : Count(report.MessageCount, "message") + " " + types);
        }

        parts.Add(Count(report.Errors, "error"));
        parts.Add(Count(report.Warnings, "warning"));
        if (report.SuppressedDiagnostics > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{report.SuppressedDiagnostics} more not shown"));
        }

        if (report.Syntax is not null)
        {
            // The level is EDIFACT's (envelope or structure); XML and JSON are read whole by their readers.
            parts.Add(report.Level + " level");
        }

        return $"{report.File}: {(report.Valid ? "valid" : "invalid")} ({string.Join(", ", parts)})";
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");
}
