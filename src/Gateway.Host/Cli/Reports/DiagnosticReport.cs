using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Wco;

namespace UniPass.Gateway.Host.Cli.Reports;

/// <summary>
/// One finding in the shape shared by every format: EDIFACT findings carry their EDIFACT
/// coordinates and CONTRL code, XML and JSON findings a pointer (XPath-like path or JSON pointer)
/// with line and column; the fields that do not apply are null.
/// </summary>
internal sealed record DiagnosticReport
{
    public const string Error = "error";
    public const string Warning = "warning";
    public const string Info = "info";

    /// <summary>The stable id (<c>EDI0016</c>, <c>WCO0001</c>, <c>JSN0004</c>).</summary>
    public required string Id { get; init; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>.</summary>
    public required string Severity { get; init; }

    /// <summary>The CONTRL syntax error code (0085), null when none applies.</summary>
    public int? ContrlCode { get; init; }

    /// <summary>1-based segment position in the interchange (UNB = 1).</summary>
    public int? SegmentIndex { get; init; }

    /// <summary>The segment tag, or null.</summary>
    public string? SegmentTag { get; init; }

    /// <summary>1-based data element position (0: the whole segment).</summary>
    public int? Element { get; init; }

    /// <summary>1-based component position (0: not about a component).</summary>
    public int? Component { get; init; }

    /// <summary>0-based repetition of the data element.</summary>
    public int? Repetition { get; init; }

    /// <summary>Absolute byte offset in the file.</summary>
    public long? ByteOffset { get; init; }

    /// <summary>What is wrong, in words.</summary>
    public required string Message { get; init; }

    /// <summary>XML path or JSON pointer, for WCO DM XML and JSON.</summary>
    public string? Pointer { get; init; }

    /// <summary>1-based line, for XML and JSON when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column, for XML and JSON when known.</summary>
    public int? Column { get; init; }

    /// <summary>The finding as a compiler prints it, after <c>FILE:</c> (location first, when there is one).</summary>
    [JsonIgnore]
    public string Text { get; init; } = string.Empty;

    public static DiagnosticReport From(EdifactDiagnostic diagnostic) => new()
    {
        Id = diagnostic.Id,
        Severity = SeverityName(diagnostic.Severity),
        ContrlCode = diagnostic.ContrlCode > 0 ? diagnostic.ContrlCode : null,
        SegmentIndex = diagnostic.SegmentIndex,
        SegmentTag = diagnostic.SegmentTag,
        Element = diagnostic.Element,
        Component = diagnostic.Component,
        Repetition = diagnostic.Repetition,
        ByteOffset = diagnostic.ByteOffset,
        Message = diagnostic.Message,

        Text = EdifactText(diagnostic),
    };

    /// <summary>
    /// A finding of an EDIFACT mapping: its EDIFACT coordinates as <see cref="From(EdifactDiagnostic)"/> gives them,
    /// and the canonical field it feeds (a JSON pointer) at the end: <c>12(DTM):2:1: error EDI0202: ... (at /travellers/0/birthDate)</c>.
    /// </summary>
    public static DiagnosticReport From(EdifactMappingDiagnostic diagnostic)
    {
        var report = From(diagnostic.Edifact);
        return diagnostic.Pointer.Length == 0 ? report : report with { Pointer = diagnostic.Pointer, Text = $"{report.Text} (at {diagnostic.Pointer})" };
    }

    /// <summary>
    /// <c>SEGMENT_INDEX(TAG):ELEMENT[:COMPONENT]: error EDI0123: message (CONTRL 0085=29)</c>; a finding
    /// that lies in no segment (a trailer missing at the end of the input, an interchange without
    /// messages, a fault before the first segment) is located by its byte offset: <c>@367: error ...</c>.
    /// </summary>
    public static string EdifactText(EdifactDiagnostic diagnostic)
    {
        var text = new StringBuilder();
        if (diagnostic.SegmentIndex > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"{diagnostic.SegmentIndex}");
            if (diagnostic.SegmentTag is not null)
            {
                text.Append('(').Append(diagnostic.SegmentTag).Append(')');
            }

            text.Append(CultureInfo.InvariantCulture, $":{diagnostic.Element}");
            if (diagnostic.Component > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $":{diagnostic.Component}");
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $"@{diagnostic.ByteOffset}");
        }

        text.Append(CultureInfo.InvariantCulture, $": {SeverityName(diagnostic.Severity)} {diagnostic.Id}: {diagnostic.Message}");
        if (diagnostic.ContrlCode > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" (CONTRL 0085={diagnostic.ContrlCode})");
        }

        return text.ToString();
    }

    private static string SeverityName(EdifactSeverity severity) => severity switch
    {
        EdifactSeverity.Error => Error,
        EdifactSeverity.Warning => Warning,
        _ => Info,
    };

    public static DiagnosticReport From(Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => Error,
            DiagnosticSeverity.Warning => Warning,
            _ => Info,
        };
        var pointer = string.IsNullOrEmpty(diagnostic.Pointer) ? null : diagnostic.Pointer;

        // LINE:COLUMN: error WCO0001: message (at /path), like a compiler; the pointer leads when there is no line.
        var finding = $"{severity} {diagnostic.Id}: {diagnostic.Message}";
        var text = diagnostic.Line > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Line}:{diagnostic.Column}: {finding}") + (pointer is null ? string.Empty : $" (at {pointer})")
            : pointer is null ? finding : $"{pointer}: {finding}";
        return new DiagnosticReport
        {
            Id = diagnostic.Id,
            Severity = severity,
            Message = diagnostic.Message,
            Pointer = pointer,
            Line = diagnostic.Line > 0 ? diagnostic.Line : null,
            Column = diagnostic.Line > 0 ? diagnostic.Column : null,
            Text = text,
        };
    }

    /// <summary>True when the text starts with a location (so it follows <c>FILE:</c> directly).</summary>
    [JsonIgnore]
    public bool HasLocation => SegmentIndex is not null || Line is not null || Pointer is not null;

    /// <summary>The finding's line after the file's name: <c>FILE:LOCATION: error ID: message</c>, or <c>FILE: error ID: message</c> without a location.</summary>
    public string LineFor(string file) => HasLocation ? $"{file}:{Text}" : $"{file}: {Text}";
}
