using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// Harmonizes one message, whatever its format, into canonical documents: canonical JSON (read strictly),
/// WCO DM XML (hardened reader), and UN/EDIFACT through its mappings to the canonical model, one document
/// per message (UNH to UNT). The format comes from the content (<see cref="FormatDetector"/>). Findings are
/// diagnostics, never exceptions.
/// </summary>
public static class DocumentHarmonizer
{
    /// <param name="content">The message.</param>
    /// <param name="xmlOptions">How WCO DM XML is read.</param>
    /// <param name="edifactMapper">The EDIFACT mapper (it caches each directory's compiled maps); null for one over the gateway's directories.</param>
    /// <param name="edifactMode">How EDIFACT is read: strict, or lenient to recover real messages with envelope faults (reported as warnings).</param>
    public static ReadResult<IReadOnlyList<CanonicalDocument>> Harmonize(
        ReadOnlyMemory<byte> content, WcoXmlReaderOptions? xmlOptions = null, EdifactMapper? edifactMapper = null, EdifactReadMode edifactMode = EdifactReadMode.Strict)
    {
        var detection = FormatDetector.Detect(content.Span);
        switch (detection.Format)
        {
            case MessageFormat.Json:
                return One(CanonicalJson.Read(content.Span));
            case MessageFormat.WcoXml or MessageFormat.Xml:
                using (var stream = new MemoryStream(content.ToArray(), writable: false))
                {
                    return One(WcoXmlReader.Read(stream, xmlOptions));
                }

            case MessageFormat.Edifact:
                return FromEdifact(HarmonizeEdifact(content, edifactMapper, edifactMode), edifactMode);
            default:
                return Failed(PipelineDiagnosticIds.UnknownFormat, "the content is neither UN/EDIFACT (UNA or UNB first), XML nor JSON");
        }
    }

    /// <summary>Maps every message of an EDIFACT interchange, with the envelope's findings and each message's, in their EDIFACT coordinates.</summary>
    public static EdifactInterchangeMapping HarmonizeEdifact(ReadOnlyMemory<byte> interchange, EdifactMapper? mapper = null, EdifactReadMode mode = EdifactReadMode.Strict) =>
        (mapper ?? new EdifactMapper(DirectoryCatalog.CreateDefault()))
            .Map(interchange, mode == EdifactReadMode.Lenient ? EdifactReaderOptions.Lenient : EdifactReaderOptions.Strict);

    /// <summary>
    /// The documents and findings of an EDIFACT interchange in the canonical layer's terms: each finding's
    /// pointer is the canonical field (or empty), its message starts with the EDIFACT coordinates
    /// (<c>12(DTM):1:2: ...</c>, see <see cref="EdifactMappingDiagnostic.CoordinatesOf"/>). With an error the
    /// documents are withheld unless the read is lenient. Whoever reports to people in EDIFACT terms reads the
    /// findings from <paramref name="mapping"/> itself, where they keep every coordinate.
    /// </summary>
    public static ReadResult<IReadOnlyList<CanonicalDocument>> FromEdifact(EdifactInterchangeMapping mapping, EdifactReadMode mode)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var diagnostics = mapping.Envelope.Diagnostics.Select(ToDiagnostic)
            .Concat(mapping.Messages.SelectMany(m => m.Diagnostics).Select(d => d.ToDiagnostic()))
            .ToList();
        if (mapping.Messages.Count == 0 && !diagnostics.Any(d => d.IsError))
        {
            diagnostics.Add(new Diagnostic(EdifactDiagnostics.LowerLevelEmpty.Id, DiagnosticSeverity.Error, string.Empty, EdifactDiagnostics.LowerLevelEmpty.Format("interchange")));
        }

        var documents = mapping.Documents.ToArray();
        var keep = documents.Length > 0 && (mode == EdifactReadMode.Lenient || !diagnostics.Any(d => d.IsError));
        return new ReadResult<IReadOnlyList<CanonicalDocument>>(keep ? documents : null, diagnostics);
    }

    private static Diagnostic ToDiagnostic(EdifactDiagnostic d) => new(
        d.Id,
        d.Severity switch
        {
            EdifactSeverity.Error => DiagnosticSeverity.Error,
            EdifactSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Information,
        },
        string.Empty,
        $"{EdifactMappingDiagnostic.CoordinatesOf(d)}: {d.Message}");

    private static ReadResult<IReadOnlyList<CanonicalDocument>> One(ReadResult<CanonicalDocument> read) =>
        new(read.Value is null ? null : [read.Value], read.Diagnostics);

    private static ReadResult<IReadOnlyList<CanonicalDocument>> Failed(string id, string message) =>
        ReadResult<IReadOnlyList<CanonicalDocument>>.Failed(new Diagnostic(id, DiagnosticSeverity.Error, string.Empty, message));
}
