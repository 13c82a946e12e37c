using System.Globalization;

namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary><c>inspect</c>'s text output: the envelope tree, indented, a label and a value per line.</summary>
internal static class InspectText
{
    private const int LabelWidth = 26;
    private const string Indent = "  ";

    public static async Task WriteAsync(TextWriter output, InspectReport report)
    {
        var lines = new List<string>();
        var interchange = report.Interchange;
        if (interchange is null)
        {
            lines.Add($"{report.File}: no interchange header (UNB)");
        }
        else
        {
            lines.Add($"{report.File}: interchange {interchange.ControlReference}");
            Add(lines, 1, "syntax", Syntax(interchange));
            Add(lines, 1, "sender", Party(interchange.Sender, "reverse routing"));
            Add(lines, 1, "recipient", Party(interchange.Recipient, "routing"));
            Add(lines, 1, "prepared", $"{interchange.Date} {interchange.Time}");
            Add(lines, 1, "control reference", interchange.ControlReference);
            Add(lines, 1, "test indicator", YesNo(interchange.Test, interchange.TestIndicator));
            Add(lines, 1, "acknowledgement request", YesNo(interchange.AcknowledgementRequested, interchange.AcknowledgementRequest));
            Add(lines, 1, "application reference", interchange.ApplicationReference ?? "-");
            if (interchange.ProcessingPriority is not null)
            {
                Add(lines, 1, "processing priority", interchange.ProcessingPriority);
            }

            if (interchange.AgreementIdentifier is not null)
            {
                Add(lines, 1, "agreement", interchange.AgreementIdentifier);
            }

            Add(lines, 1, "delimiters", Delimiters(interchange.Delimiters));
            Add(lines, 1, "trailer", interchange.Trailer is { } t ? $"{t.Tag} count {Optional(t.ControlCount)}, reference {t.Reference}" : "missing");
        }

        foreach (var group in report.Groups)
        {
            Add(lines, 1, $"group {group.Reference}", Group(group));
            foreach (var message in group.Messages)
            {
                Add(lines, 2, $"message {message.Reference}", Message(message));
            }
        }

        foreach (var message in report.Messages)
        {
            Add(lines, 1, $"message {message.Reference}", Message(message));
        }

        var errors = report.Diagnostics.Count(d => d.Severity == DiagnosticReport.Error);
        var warnings = report.Diagnostics.Count(d => d.Severity == DiagnosticReport.Warning);
        Add(lines, 1, "findings", string.Create(CultureInfo.InvariantCulture, $"{errors} errors, {warnings} warnings in a lenient read") + (errors + warnings > 0 ? " (validate lists them)" : string.Empty));

        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }

    private static void Add(List<string> lines, int depth, string label, string value)
    {
        var indent = string.Concat(Enumerable.Repeat(Indent, depth));
        lines.Add($"{indent}{(label + ":").PadRight(LabelWidth - indent.Length)} {value}");
    }

    private static string Syntax(InterchangeReport interchange)
    {
        var text = interchange.Syntax.ToString();
        if (interchange.ServiceCodeListDirectoryVersion is not null)
        {
            text += $", service code list directory {interchange.ServiceCodeListDirectoryVersion}";
        }

        if (interchange.CharacterEncoding is not null)
        {
            text += $", character encoding {interchange.CharacterEncoding}";
        }

        return text;
    }

    private static string Party(PartyReport party, string routingName)
    {
        var details = new List<string>();
        if (party.Qualifier is not null)
        {
            details.Add($"qualifier {party.Qualifier}");
        }

        if (party.Routing is not null)
        {
            details.Add($"{routingName} {party.Routing}");
        }

        if (party.InternalId is not null)
        {
            details.Add($"internal id {party.InternalId}");
        }

        return details.Count == 0 ? party.Id : $"{party.Id} ({string.Join(", ", details)})";
    }

    private static string YesNo(bool yes, string? written) => written is null ? "no" : yes ? $"yes ({written})" : $"no ({written})";

    private static string Delimiters(DelimitersReport d) =>
        $"{d.ServiceStringAdvice} (component {Quote(d.Component)}, element {Quote(d.Element)}, decimal {Quote(d.Decimal)}, " +
        $"release {Quote(d.Release)}, repetition {Quote(d.Repetition)}, terminator {Quote(d.Segment)})";

    // Level B uses the information separators (IS1-IS4), which a terminal does not show.
    private static string Quote(string? character) => character switch
    {
        null => "none",
        [var c] when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"0x{(int)c:X2}"),
        _ => $"'{character}'",
    };

    private static string Group(GroupReport group)
    {
        var parts = new List<string> { group.MessageGroupId ?? "-" };
        if (group.ApplicationSender is not null)
        {
            parts.Add($"sender {Party(group.ApplicationSender, "code")}");
        }

        if (group.ApplicationRecipient is not null)
        {
            parts.Add($"recipient {Party(group.ApplicationRecipient, "code")}");
        }

        if (group.Date is not null)
        {
            parts.Add($"prepared {group.Date} {group.Time}");
        }

        if (group.ControllingAgency is not null || group.MessageVersion is not null)
        {
            parts.Add($"version {group.MessageVersion}:{group.MessageRelease}:{group.ControllingAgency}");
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"segment {group.SegmentIndex}"));
        return string.Join(", ", parts);
    }

    private static string Message(MessageReport message) =>
        string.Create(CultureInfo.InvariantCulture, $"{message.Identifier}, {message.SegmentCount} segments, segment {message.SegmentIndex}, byte {message.ByteOffset}");

    private static string Optional(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
