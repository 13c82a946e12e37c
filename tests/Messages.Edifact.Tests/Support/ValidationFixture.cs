using System.Text;
using UniPass.Gateway.Messages.Edifact.Validation;

namespace UniPass.Gateway.Messages.Edifact.Tests.Support;

/// <summary>
/// Interchanges written from the standard for directory-level tests: one PAXLST D.02B message
/// valid against its directory (segment table, segments, codes), which each test changes in one
/// place. Segment indices: UNB = 1, UNH = 2, body segment <c>i</c> = <c>i + 3</c> (message position <c>i + 2</c>).
/// </summary>
internal static class ValidationFixture
{
    public const string Version3Header = "UNB+UNOC:3+AIRLINE:ZZ+CUSTOMS:ZZ+260101:1200+REF1'";

    public const string Version4Header = "UNB+UNOC:4+AIRLINE:ZZ+CUSTOMS:ZZ+20260101:1200+REF1'";

    /// <summary>PAXLST D.02B: BGM, SG1 (reporting party), SG2/SG3 (flight legs), SG4/SG5 (a passenger and her passport), CNT.</summary>
    public static IReadOnlyList<string> PaxlstBody { get; } =
    [
        "BGM+745",
        "NAD+MS+++SMITH:JOHN",
        "TDT+20+LH400",
        "DTM+189:2601011200:201",
        "LOC+125+FRA",
        "DTM+189:2601011200:201",
        "LOC+87+JFK",
        "DTM+232:2601011900:201",
        "NAD+FL+++DOE:JANE",
        "ATT+2++F",
        "DTM+329:800101",
        "LOC+22+JFK",
        "NAT+2+DEU",
        "DOC+P:110:111+X1234567",
        "DTM+36:300101",
        "CNT+42:1",
    ];

    public static EdifactValidationOptions Options { get; } = new() { Catalog = TestDirectories.Catalog };

    /// <summary>One message (UNT counting its segments) in an interchange.</summary>
    public static string Interchange(IEnumerable<string> body, string messageIdentifier = "PAXLST:D:02B:UN", string header = Version3Header)
    {
        var segments = body.ToList();
        var text = new StringBuilder(header).Append("UNH+1+").Append(messageIdentifier).Append('\'');
        foreach (var segment in segments)
        {
            text.Append(segment).Append('\'');
        }

        return text.Append("UNT+").Append(segments.Count + 2).Append("+1'UNZ+1+REF1'").ToString();
    }

    /// <summary>The PAXLST with body segment <paramref name="index"/> replaced by <paramref name="segment"/>.</summary>
    public static string Paxlst(int index, string segment, string header = Version3Header) =>
        Interchange(PaxlstBody.Select((s, i) => i == index ? segment : s), header: header);

    public static EdifactValidationResult Validate(string text, EdifactValidationOptions? options = null) =>
        EdifactInterchange.Validate(Encoding.Latin1.GetBytes(text), options ?? Options);

    /// <summary>Every finding that is not information (line breaks, unknown directories).</summary>
    public static EdifactDiagnostic[] Findings(EdifactValidationResult result) =>
        result.Diagnostics.Where(d => d.Severity != EdifactSeverity.Info).ToArray();

    public static string Describe(EdifactValidationResult result) => string.Join("\n", result.Diagnostics);

    /// <summary>The position of a finding as CONTRL reports it, with its code: (segment, UNH-relative segment, tag, element, component, repetition, 0085).</summary>
    public static (int, int, string?, int, int, int, int) Where(EdifactDiagnostic d) =>
        (d.SegmentIndex, d.MessageSegmentIndex, d.SegmentTag, d.Element, d.Component, d.Repetition, d.ContrlCode);
}
