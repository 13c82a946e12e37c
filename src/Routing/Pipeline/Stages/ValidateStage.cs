using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Validation;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Syntax and structure: canonical JSON is read strictly and checked against the business rules (every
/// finding with its JSON pointer). EDIFACT and WCO DM XML validation are not part of this build: the
/// stage is skipped for them, visibly (timeline and <c>gateway.stage-skipped</c>).
/// </summary>
public sealed class ValidateStage(BusinessRules rules) : IMessageStage
{
    public string Name => PipelineStages.Validate;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        switch (context.Detection.Format)
        {
            case MessageFormat.Json:
                ValidateJson(context);
                break;
            case MessageFormat.Edifact:
                context.Skip(Name, "EDIFACT syntax and directory validation is not available in this build");
                break;
            default:
                context.Skip(Name, "WCO DM XML validation is not available in this build");
                break;
        }

        return ValueTask.CompletedTask;
    }

    private void ValidateJson(PipelineContext context)
    {
        var read = CanonicalJson.Read(context.Entry.Body.Span);
        var findings = read.Diagnostics.Where(d => d.IsError).Select(ToFinding).ToList();
        if (read.Value is null || findings.Count > 0)
        {
            context.Reject(findings.Count > 0 ? findings : [new PipelineFinding(JsonDiagnosticIds.Syntax, string.Empty, "the document could not be read")]);
            return;
        }

        var business = rules.Check(read.Value).Where(d => d.IsError).Select(ToFinding).ToList();
        if (business.Count > 0)
        {
            context.Reject(business);
            return;
        }

        context.Documents.Add(read.Value);
        context.MessageType = read.Value.DocumentType;
        context.Record(TimelineSteps.Validated, "canonical JSON " + read.Value.DocumentType);
    }

    private static PipelineFinding ToFinding(Diagnostic d) =>
        new(d.Id, d.Pointer, d.Line > 0 ? $"{d.Message} (line {d.Line}, column {d.Column})" : d.Message);
}
