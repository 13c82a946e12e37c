using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Pipeline.Internal;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Maps the message to canonical documents. Canonical JSON and WCO DM XML are already canonical documents
/// once validated; UN/EDIFACT is mapped here, one document per message (UNH to UNT), through the directory
/// of each message's own version (message types without a mapping are left to routing). An interchange that can not be mapped (an envelope error, a message type
/// or directory without a mapping, data the canonical document requires missing or invalid) is rejected with
/// every error finding, in EDIFACT coordinates with the canonical field it feeds.
/// </summary>
public sealed class HarmonizeStage(EdifactMapper edifactMapper) : IMessageStage
{
    /// <summary>A stage over the gateway's directories (<see cref="DirectoryCatalog.DefaultFolder"/>).</summary>
    public HarmonizeStage()
        : this(new EdifactMapper(DirectoryCatalog.CreateDefault()))
    {
    }

    public string Name => PipelineStages.Harmonize;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        // Message types without a mapping go on unharmonized: routing decides on them (and rejects what it does not route).
        if (context.Documents.Count == 0 && context.Detection.Format == MessageFormat.Edifact
            && (context.Detection.MessageType ?? context.MessageType) is { } type && edifactMapper.MessageTypes.Contains(type))
        {
            Map(context);
            if (context.IsRejected)
            {
                return ValueTask.CompletedTask;
            }
        }

        if (context.Documents.Count > 0)
        {
            context.Record(TimelineSteps.Harmonized, string.Join(',', context.Documents.Select(d => d.DocumentType)));
        }
        else
        {
            context.Skip(Name, $"no mapping from {context.Detection.Format} to the canonical model in this build");
        }

        return ValueTask.CompletedTask;
    }

    private void Map(PipelineContext context)
    {
        // Read as the partner's interchanges are judged: a lenient partner's recoveries were warnings in validation too.
        var mapping = DocumentHarmonizer.HarmonizeEdifact(context.Entry.Body, edifactMapper, context.EdifactPreferences.Mode);
        var findings = mapping.Envelope.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error)
            .Select(EdifactFindings.From)
            .Concat(mapping.Messages.SelectMany(m => m.Diagnostics).Where(d => d.IsError)
                .Select(d => new PipelineFinding(d.Id, d.Coordinates, d.Pointer.Length == 0 ? d.Message : $"{d.Message} (canonical {d.Pointer})", EdifactFindings.Code(d.Edifact.ContrlCode))))
            .ToList();
        if (findings.Count == 0 && mapping.Messages.Count == 0)
        {
            findings.Add(new PipelineFinding(EdifactDiagnostics.LowerLevelEmpty.Id, string.Empty, EdifactDiagnostics.LowerLevelEmpty.Format("interchange"), EdifactFindings.Code(EdifactDiagnostics.LowerLevelEmpty.ContrlCode)));
        }

        if (findings.Count > 0)
        {
            context.Reject(findings);
            return;
        }

        context.Documents.AddRange(mapping.Documents);
    }
}
