using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Partners;

namespace UniPass.Gateway.Routing.Pipeline;

/// <summary>What the pipeline knows about one message while it runs.</summary>
public sealed class PipelineContext(OutboxEntry entry, TimeProvider timeProvider)
{
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<PipelineFinding> _findings = [];
    private readonly List<string> _skipped = [];

    public OutboxEntry Entry { get; } = entry;

    /// <summary>The detection result (set by the detect stage).</summary>
    public DetectionResult Detection { get; set; } = DetectionResult.Unknown;

    /// <summary>The sending partner as registered (set by the authorize stage; null without a partner directory).</summary>
    public Partner? Partner { get; set; }

    /// <summary>How the sender's EDIFACT is judged: the partner's preferences, or the defaults.</summary>
    public EdifactPreferences EdifactPreferences => Partner?.Edifact ?? EdifactPreferences.Default;

    /// <summary>
    /// What EDIFACT validation found in the interchange (set by the validate stage): the subject of the CONTRL
    /// that answers it, so that the interchange is not judged a second time for its acknowledgement.
    /// </summary>
    public EdifactValidationResult? Edifact { get; set; }

    /// <summary>The message type as best known so far.</summary>
    public string? MessageType { get; set; } = entry.MessageType;

    /// <summary>The canonical documents (set by validation/harmonization).</summary>
    public List<CanonicalDocument> Documents { get; } = [];

    /// <summary>The common/OGA split of each canonical document the catalogue splits (set by the split stage).</summary>
    public List<SplitResult> Splits { get; } = [];

    /// <summary>The records to publish once every stage has run (set by routing).</summary>
    public List<BusMessage> Publications { get; } = [];

    public IReadOnlyList<TimelineEntry> Timeline => _timeline;

    public IReadOnlyList<PipelineFinding> Findings => _findings;

    /// <summary>The stages that did not run on this message.</summary>
    public IReadOnlyList<string> SkippedStages => _skipped;

    public bool IsRejected { get; private set; }

    public DateTimeOffset Now => timeProvider.GetUtcNow();

    public void Record(string step, string? detail = null) => _timeline.Add(new TimelineEntry(timeProvider.GetUtcNow(), step, detail));

    /// <summary>Marks <paramref name="stage"/> as not run, with the reason, on the timeline and on the published records.</summary>
    public void Skip(string stage, string reason)
    {
        _skipped.Add(stage);
        Record(TimelineSteps.StageSkipped, stage + ": " + reason);
    }

    /// <summary>Rejects the message: the remaining stages do not run and a negative acknowledgement is stored.</summary>
    public void Reject(IEnumerable<PipelineFinding> findings)
    {
        _findings.AddRange(findings);
        IsRejected = true;
    }

    public void Reject(PipelineFinding finding) => Reject([finding]);
}
