using System.Globalization;
using UniPass.Gateway.Messages.Wco;

namespace UniPass.Gateway.Messages.Edifact.Mapping;

/// <summary>
/// A finding of a mapping: where in the EDIFACT message (segment index and tag, element, component,
/// byte offset, as every <see cref="EdifactDiagnostic"/> locates it) and which field of the canonical
/// document it feeds (a JSON pointer into its canonical JSON, empty for the whole document).
/// </summary>
/// <param name="Edifact">The finding with its EDIFACT coordinates.</param>
/// <param name="Pointer">The JSON pointer of the canonical field, e.g. <c>/travellers/3/birthDate</c>.</param>
public sealed record EdifactMappingDiagnostic(EdifactDiagnostic Edifact, string Pointer)
{
    /// <summary>The stable id (<see cref="EdifactMappingDiagnostics"/>).</summary>
    public string Id => Edifact.Id;

    /// <summary>Error, warning or info.</summary>
    public EdifactSeverity Severity => Edifact.Severity;

    /// <summary>What is wrong, in words.</summary>
    public string Message => Edifact.Message;

    /// <summary>True for errors.</summary>
    public bool IsError => Edifact.Severity == EdifactSeverity.Error;

    /// <summary>The finding as the canonical layer reports it: the JSON pointer, and the EDIFACT coordinates in the message.</summary>
    public Diagnostic ToDiagnostic() => new(
        Id,
        Severity switch
        {
            EdifactSeverity.Error => DiagnosticSeverity.Error,
            EdifactSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Information,
        },
        Pointer,
        $"{Coordinates}: {Message}");

    /// <summary>The EDIFACT coordinates, <c>12(DTM):1:2</c> (segment index in the interchange, tag, element, component).</summary>
    public string Coordinates => CoordinatesOf(Edifact);

    /// <summary>
    /// The EDIFACT coordinates of any finding, <c>12(DTM):1:2</c> (segment index in the interchange, tag, element,
    /// component), or <c>@367</c> (its byte offset) for a finding that lies in no segment.
    /// </summary>
    public static string CoordinatesOf(EdifactDiagnostic diagnostic)
    {
        if (diagnostic.SegmentIndex <= 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"@{diagnostic.ByteOffset}");
        }

        var text = diagnostic.SegmentTag is null
            ? diagnostic.SegmentIndex.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{diagnostic.SegmentIndex}({diagnostic.SegmentTag})");
        if (diagnostic.Element > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $":{diagnostic.Element}");
            if (diagnostic.Component > 0)
            {
                text += string.Create(CultureInfo.InvariantCulture, $":{diagnostic.Component}");
            }
        }

        return text;
    }

    /// <summary>The compiler-style line of <see cref="EdifactDiagnostic.ToString"/>, followed by the canonical pointer.</summary>
    public override string ToString() => Pointer.Length == 0 ? Edifact.ToString() : $"{Edifact} -> {Pointer}";
}
