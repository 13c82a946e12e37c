using System.Globalization;
using UniPass.Gateway.Messages.Edifact;

namespace UniPass.Gateway.Routing.Pipeline.Internal;

/// <summary>EDIFACT diagnostics as pipeline findings, located like a compiler error: <c>SEGMENT_INDEX(TAG):ELEMENT[:COMPONENT]</c>.</summary>
internal static class EdifactFindings
{
    public static PipelineFinding From(EdifactDiagnostic diagnostic) =>
        new(diagnostic.Id, Location(diagnostic), diagnostic.Message, Code(diagnostic.ContrlCode));

    /// <summary>The position of <paramref name="diagnostic"/> in the interchange (UNB = 1); empty for the interchange as a whole.</summary>
    public static string Location(EdifactDiagnostic diagnostic)
    {
        if (diagnostic.SegmentTag is null)
        {
            return string.Empty;
        }

        var location = string.Create(CultureInfo.InvariantCulture, $"{diagnostic.SegmentIndex}({diagnostic.SegmentTag}):{diagnostic.Element}");
        return diagnostic.Component > 0 ? string.Create(CultureInfo.InvariantCulture, $"{location}:{diagnostic.Component}") : location;
    }

    /// <summary>ISO 9735 0085 as text, or null when the diagnostic names no syntax error code.</summary>
    public static string? Code(int contrlCode) => contrlCode > 0 ? contrlCode.ToString(CultureInfo.InvariantCulture) : null;
}
