using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Routing.Harmonization;

/// <summary>
/// Harmonizes one message, whatever its format, into canonical documents: canonical JSON (read strictly),
/// WCO DM XML (hardened reader), and UN/EDIFACT once its mappings to the canonical model exist (they plug in
/// here). The format comes from the content (<see cref="FormatDetector"/>). Findings are diagnostics, never
/// exceptions.
/// </summary>
public static class DocumentHarmonizer
{
    public static ReadResult<IReadOnlyList<CanonicalDocument>> Harmonize(ReadOnlyMemory<byte> content, WcoXmlReaderOptions? xmlOptions = null)
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
                return Failed(HarmonizationDiagnosticIds.NoMapping, $"UN/EDIFACT {detection.MessageType ?? "messages"} can not be harmonized yet: the mappings from EDIFACT to the canonical model are not part of this build");
            default:
                return Failed(PipelineDiagnosticIds.UnknownFormat, "the content is neither UN/EDIFACT (UNA or UNB first), XML nor JSON");
        }
    }

    private static ReadResult<IReadOnlyList<CanonicalDocument>> One(ReadResult<CanonicalDocument> read) =>
        new(read.Value is null ? null : [read.Value], read.Diagnostics);

    private static ReadResult<IReadOnlyList<CanonicalDocument>> Failed(string id, string message) =>
        ReadResult<IReadOnlyList<CanonicalDocument>>.Failed(new Diagnostic(id, DiagnosticSeverity.Error, string.Empty, message));
}
