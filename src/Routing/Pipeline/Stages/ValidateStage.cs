using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Validation;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Pipeline.Internal;

namespace UniPass.Gateway.Routing.Pipeline.Stages;

/// <summary>
/// Syntax and structure: canonical JSON (strict, JSON pointers) and WCO DM XML (hardened, XPath-like
/// pointers with line and column) are read into canonical documents; a read error rejects the message.
/// Business-rule findings (totals, required parties, dates) do not: deciding on them is the processors'
/// work (APERAK/CUSRES); they are noted on the timeline. UN/EDIFACT is validated at structure level
/// (syntax, envelopes, each message's segment table, elements and code lists against the directory its
/// UNH S009 names) as the partner's interchange agreement says (<see cref="EdifactPreferences"/>): any error
/// rejects the interchange, and the result is kept for its CONTRL (<see cref="PipelineContext.Edifact"/>);
/// warnings (a lenient partner's recoveries) are noted on the timeline.
/// </summary>
/// <param name="rules">The business checks.</param>
/// <param name="xmlOptions">WCO DM XML limits and the operator's external XSD set (<see cref="WcoXmlOptions"/>); defaults when null.</param>
/// <param name="catalog">The EDIFACT directories; the gateway's own (<see cref="DirectoryCatalog.DefaultFolder"/>) when null.</param>
public sealed class ValidateStage(BusinessRules rules, WcoXmlReaderOptions? xmlOptions = null, DirectoryCatalog? catalog = null) : IMessageStage
{
    // Warnings listed by name on the timeline; the rest are counted.
    private const int MaxListedWarnings = 10;

    private readonly DirectoryCatalog _catalog = catalog ?? DirectoryCatalog.CreateDefault();

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
            case MessageFormat.Edifact:
                ValidateEdifact(context);
                break;
            default:
                context.Skip(Name, $"no validation for {context.Detection.Format.ToName()}");
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

    private void ValidateEdifact(PipelineContext context)
    {
        var preferences = context.EdifactPreferences;
        var result = EdifactInterchange.Validate(context.Entry.Body.Span, new EdifactValidationOptions
        {
            Reader = (preferences.Mode == EdifactReadMode.Lenient ? EdifactReaderOptions.Lenient : EdifactReaderOptions.Strict) with
            {
                EnforceRepertoire = preferences.EnforceRepertoire,
            },
            Level = EdifactValidationLevel.Structure,
            CheckCodeLists = preferences.CheckCodeLists,
            Directory = preferences.Directory,
            Catalog = _catalog,
        });
        context.Edifact = result;
        var errors = result.Diagnostics.Where(d => d.Severity == EdifactSeverity.Error).Select(EdifactFindings.From).ToList();
        if (errors.Count == 0 && !result.IsValid)
        {
            // Every error was beyond the diagnostics kept (EdifactReaderOptions.MaxDiagnostics).
            errors.Add(new PipelineFinding(PipelineDiagnosticIds.EdifactErrorsNotListed, string.Empty, $"the interchange has errors after the first {result.Diagnostics.Count} findings, which are not listed"));
        }

        if (errors.Count > 0)
        {
            context.Reject(errors);
            return;
        }

        context.Record(TimelineSteps.Validated, Describe(result, preferences));
    }

    /// <summary>What was validated, how, and the warnings by id and position (never their text: it may quote the data).</summary>
    private static string Describe(EdifactValidationResult result, EdifactPreferences preferences)
    {
        var messages = string.Join(',', result.Messages.Select(m => $"{m.Header.Type}:{m.Header.Version}:{m.Header.Release}:{m.Header.ControllingAgency}").Distinct(StringComparer.Ordinal));
        var how = preferences.Mode == EdifactReadMode.Lenient ? "lenient" : "strict";
        if (!preferences.CheckCodeLists)
        {
            how += ", code lists not checked";
        }

        if (preferences.EnforceRepertoire)
        {
            how += ", repertoire enforced";
        }

        if (preferences.Directory is { } directory)
        {
            how += $", against {directory}";
        }

        var text = $"UN/EDIFACT {messages} structure ({how})";
        var warnings = result.Diagnostics.Where(d => d.Severity == EdifactSeverity.Warning).ToList();
        if (warnings.Count == 0)
        {
            return text;
        }

        var listed = string.Join(", ", warnings.Take(MaxListedWarnings).Select(w => EdifactFindings.Location(w) is { Length: > 0 } at ? $"{w.Id} at {at}" : w.Id));
        var more = warnings.Count > MaxListedWarnings ? $" and {warnings.Count - MaxListedWarnings} more" : string.Empty;
        return $"{text}; {warnings.Count} warning(s): {listed}{more}";
    }

    private static PipelineFinding ToFinding(Diagnostic d) =>
        new(d.Id, d.Pointer, d.Line > 0 ? $"{d.Message} (line {d.Line}, column {d.Column})" : d.Message);
}
