using System.Globalization;
using System.Text;

namespace UniPass.Gateway.Messages.Edifact;

/// <summary>
/// A finding about an interchange, located like a compiler error: segment index and tag, data
/// element, component and repetition, and byte offset. Findings are collected, never thrown, so
/// that one pass yields a complete CONTRL.
/// </summary>
/// <param name="Id">The stable catalogue id (<see cref="EdifactDiagnostics"/>).</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="ContrlCode">The CONTRL syntax error code, data element 0085 (for example 29: control count does not match).</param>
/// <param name="Message">What is wrong, in words.</param>
public readonly record struct EdifactDiagnostic(string Id, EdifactSeverity Severity, int ContrlCode, string Message)
{
    /// <summary>1-based segment position in the interchange (UNB = 1; 0 before any segment).</summary>
    public int SegmentIndex { get; init; }

    /// <summary>1-based segment position within its message (UNH = 1), 0 outside a message (CONTRL UCS 0096).</summary>
    public int MessageSegmentIndex { get; init; }

    /// <summary>The tag of the segment, or null.</summary>
    public string? SegmentTag { get; init; }

    /// <summary>1-based data element position after the tag (0 when the finding is about the whole segment).</summary>
    public int Element { get; init; }

    /// <summary>1-based component position (0 when not about a component).</summary>
    public int Component { get; init; }

    /// <summary>0-based repetition of the data element.</summary>
    public int Repetition { get; init; }

    /// <summary>Absolute byte offset of the finding in the input.</summary>
    public long ByteOffset { get; init; }

    /// <summary>Creates a diagnostic from a catalogue entry with its default severity.</summary>
    public static EdifactDiagnostic Create(EdifactDiagnosticDescriptor descriptor, params object?[] args) =>
        new(descriptor.Id, descriptor.DefaultSeverity, descriptor.ContrlCode, descriptor.Format(args));

    /// <summary>
    /// Formats the location and finding like a compiler:
    /// <c>SEGMENT_INDEX(TAG):ELEMENT[:COMPONENT]: error EDI0123: message (CONTRL 0085=29)</c>.
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{SegmentIndex}");
        if (SegmentTag is not null)
        {
            text.Append('(').Append(SegmentTag).Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $":{Element}");
        if (Component > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $":{Component}");
        }

        var severity = Severity switch
        {
            EdifactSeverity.Error => "error",
            EdifactSeverity.Warning => "warning",
            _ => "info",
        };
        text.Append(CultureInfo.InvariantCulture, $": {severity} {Id}: {Message}");
        if (ContrlCode > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $" (CONTRL 0085={ContrlCode})");
        }

        return text.ToString();
    }
}
