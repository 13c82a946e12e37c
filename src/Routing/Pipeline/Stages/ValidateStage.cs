using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Validation;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Syntax and structure: canonical JSON (strict, JSON pointers) and WCO DM XML (hardened, XPath-like
/// pointers with line and column) are read into canonical documents; a read error rejects the message.
/// Business-rule findings (totals, required parties, dates) do not: deciding on them is the processors'
/// work (APERAK/CUSRES); they are noted on the timeline. EDIFACT validation is not part of this build: the stage is skipped for it, visibly (timeline
/// and <c>gateway.stage-skipped</c>).
/// </summary>
/// <param name="rules">The business checks.</param>
/// <param name="xmlOptions">WCO DM XML limits and the operator's external XSD set (<see cref="WcoXmlOptions"/>); defaults when null.</param>
public sealed class ValidateStage(BusinessRules rules, WcoXmlReaderOptions? xmlOptions = null) : IMessageStage
{
    public string Name => PipelineStages.Validate;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        switch (context.Detection.Format)
        {
            case MessageFormat.Json:
                Validate(context, CanonicalJson.Read(context.Entry.Body.Span), "canonical JSON");
                break;
            case MessageFormat.WcoXml or MessageFormat.Xml:
                using (var stream = new MemoryStream(context.Entry.Body.ToArray(), writable: false))
                {
                    Validate(context, WcoXmlReader.Read(stream, xmlOptions), "WCO DM XML");
                }

                break;
            default:
                context.Skip(Name, "EDIFACT syntax and directory validation is not available in this build");
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void Validate(PipelineContext context, ReadResult<CanonicalDocument> read, string what)
    {
        var findings = read.Diagnostics.Where(d => d.IsError).Select(ToFinding).ToList();
        if (read.Value is null || findings.Count > 0)
        {
            context.Reject(findings.Count > 0 ? findings : [new PipelineFinding(JsonDiagnosticIds.Syntax, string.Empty, "the document could not be read")]);
            return;
        }

        var business = rules.Check(read.Value).Where(d => d.IsError).ToList();
        context.Documents.Add(read.Value);
        context.MessageType = read.Value.DocumentType;
        context.Record(
            TimelineSteps.Validated,
            business.Count == 0
                ? what + " " + read.Value.DocumentType
                : $"{what} {read.Value.DocumentType}; business findings left to the processors: {string.Join(", ", business.Select(b => b.Id + " at " + b.Pointer))}");
    }

    private static PipelineFinding ToFinding(Diagnostic d) =>
        new(d.Id, d.Pointer, d.Line > 0 ? $"{d.Message} (line {d.Line}, column {d.Column})" : d.Message);
}
