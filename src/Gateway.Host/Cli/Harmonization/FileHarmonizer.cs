using UniPass.Gateway.Host.Cli.Reports;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Harmonization;

namespace UniPass.Gateway.Host.Cli.Harmonization;

/// <summary>
/// Harmonizes one file for <c>convert</c> and <c>split</c> and reports its findings on stderr the way
/// <c>validate</c> prints them, one compiler-style line each: EDIFACT findings with their coordinates
/// (<c>FILE:12(DTM):2:1: error EDI0202: message (at /travellers/0/birthDate)</c>, the canonical field last),
/// WCO DM XML and JSON findings with their line, column and pointer.
/// </summary>
internal static class FileHarmonizer
{
    /// <param name="file">The file's name as the user gave it, which starts every line.</param>
    /// <param name="content">The file's bytes.</param>
    /// <param name="mapper">The EDIFACT mapper.</param>
    /// <param name="mode">How EDIFACT is read.</param>
    /// <param name="error">Where the findings go.</param>
    public static ReadResult<IReadOnlyList<CanonicalDocument>> Harmonize(string file, byte[] content, EdifactMapper mapper, EdifactReadMode mode, TextWriter error)
    {
        if (FormatDetector.Detect(content).Format != MessageFormat.Edifact)
        {
            var read = DocumentHarmonizer.Harmonize(content, edifactMapper: mapper, edifactMode: mode);
            Report(error, file, read.Diagnostics);
            return read;
        }

        var mapping = DocumentHarmonizer.HarmonizeEdifact(content, mapper, mode);
        Report(error, file, mapping);
        var result = DocumentHarmonizer.FromEdifact(mapping, mode);

        // Findings about the interchange as a whole (one without messages) have no EDIFACT coordinates.
        var reported = mapping.Envelope.Diagnostics.Count + mapping.Messages.Sum(m => m.Diagnostics.Count);
        Report(error, file, result.Diagnostics.Skip(reported));
        return result;
    }

    /// <summary>The envelope's findings and each message's, in their EDIFACT coordinates.</summary>
    public static void Report(TextWriter error, string file, EdifactInterchangeMapping mapping) =>
        Report(error, file, mapping.Envelope.Diagnostics, mapping.Messages.SelectMany(m => m.Diagnostics));

    /// <summary>Findings about the interchange (syntax, envelope, structure), then the mappings' findings.</summary>
    public static void Report(TextWriter error, string file, IEnumerable<EdifactDiagnostic> interchange, IEnumerable<EdifactMappingDiagnostic> mappings)
    {
        foreach (var diagnostic in interchange)
        {
            error.WriteLine(DiagnosticReport.From(diagnostic).LineFor(file));
        }

        foreach (var diagnostic in mappings)
        {
            error.WriteLine(DiagnosticReport.From(diagnostic).LineFor(file));
        }
    }

    /// <summary>Findings of WCO DM XML, canonical JSON or an agency catalogue.</summary>
    public static void Report(TextWriter error, string file, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine(DiagnosticReport.From(diagnostic).LineFor(file));
        }
    }
}
