using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// The common/OGA split (DESIGN §4): each canonical document the agency catalogue splits becomes the common
/// core and one package per concerned agency, for the route stage to publish on <c>oga.&lt;agency&gt;</c>. The
/// timeline names the concerned agencies, never field values. Without canonical documents (the harmonize
/// stage was skipped) the stage is skipped, visibly.
/// </summary>
public sealed class SplitStage(DocumentSplitter splitter) : IMessageStage
{
    /// <summary>A split stage over the catalogue the gateway ships (<see cref="AgencyCatalogue.DefaultPath"/>).</summary>
    /// <exception cref="InvalidOperationException">The shipped catalogue is missing or does not load.</exception>
    public SplitStage()
        : this(new DocumentSplitter(AgencyCatalogue.LoadDefault()))
    {
    }

    public string Name => PipelineStages.Split;

    public ValueTask RunAsync(PipelineContext context, CancellationToken cancellationToken)
    {
        if (context.Documents.Count == 0)
        {
            context.Skip(Name, "no canonical document to split");
            return ValueTask.CompletedTask;
        }

        var outcomes = new List<string>(context.Documents.Count);
        foreach (var document in context.Documents)
        {
            if (!splitter.CanSplit(document.DocumentType))
            {
                outcomes.Add(document.DocumentType + ": not split by the agency catalogue");
                continue;
            }

            var split = splitter.Split(document, context.Entry.MessageId.ToString());
            context.Splits.Add(split);
            outcomes.Add(split.Packages.Count == 0
                ? document.DocumentType + ": common core only"
                : document.DocumentType + ": " + string.Join(',', split.Packages.Select(p => p.Agency.Id)));
        }

        context.Record(TimelineSteps.Split, string.Join("; ", outcomes));
        return ValueTask.CompletedTask;
    }
}
