using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Host.Cli.Harmonization;
using UniPass.Gateway.Host.Cli.Validation;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Edifact.Validation;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Harmonization;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>convert FILE --to json|wco-xml|cusres|aperak [--lenient] [--level envelope|structure] [--no-code-lists]
/// [--directory D96B] [--enforce-repertoire]</c>: harmonizes one message (UN/EDIFACT, WCO DM XML, canonical JSON) and prints it on stdout
/// as canonical JSON, as WCO DM XML (declarations and responses), or prints the response the gateway would send
/// for it (acceptance, or rejection with every error) as a CUSRES or APERAK interchange in the sender's syntax.
/// An EDIFACT interchange is answered as <c>contrl</c> and <c>validate</c> judge it, by default at structure level
/// (each message against its directory), then by its mapping: an error of either rejects the message. Findings
/// go to stderr as <c>validate</c> prints them (<c>FILE:12(DTM):2:1: error EDI0202: message</c>). Exit 0 when
/// converted (or accepted) without error, 1 when the message has errors (a cusres/aperak rejection is still
/// printed), 2 for usage and I/O errors.
/// </summary>
internal static class ConvertCommand
{
    private const string Json = "json";
    private const string WcoXml = "wco-xml";
    private const string Cusres = "cusres";
    private const string Aperak = "aperak";

    // For people and files, not HTML: '&' and non-ASCII letters are printed as they are.
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "An EDIFACT interchange (CUSDEC, CUSCAR, PAXLST), a WCO DM XML declaration or a canonical JSON document." };
        var to = new Option<string>("--to") { Description = "json: canonical JSON; wco-xml: WCO DM XML; cusres, aperak: the response the gateway would send.", Required = true };
        to.AcceptOnlyFromAmong(Json, WcoXml, Cusres, Aperak);
        var lenient = new Option<bool>("--lenient") { Description = "Read EDIFACT leniently: real messages with envelope faults still convert; the faults are reported on stderr." };
        var checks = EdifactCheckOptions.Create();
        var command = new Command("convert", "Convert a message to canonical JSON, WCO DM XML, or the CUSRES/APERAK the gateway would answer (on stdout).") { file, to, lenient };
        checks.AddTo(command);
        command.Validators.Add(result =>
        {
            // How deep an interchange is judged decides an answer; a conversion maps what it can read.
            // The target's tokens, not its value: a value --to refuses has its own error already.
            var judged = result.GetResult(to)?.Tokens.LastOrDefault()?.Value is Cusres or Aperak;
            var asked = result.GetResult(checks.Level) is { Implicit: false } || result.GetResult(checks.Directory) is { Implicit: false } || result.GetValue(checks.NoCodeLists)
                || result.GetValue(checks.EnforceRepertoire);
            if (!judged && asked)
            {
                result.AddError("--level, --no-code-lists, --directory and --enforce-repertoire apply to --to cusres and --to aperak only.");
            }
        });
        command.SetAction(parse =>
        {
            var error = parse.InvocationConfiguration.Error;
            var catalog = DirectoryCatalog.CreateDefault();
            if (checks.DirectoryProblem(parse, catalog) is { } problem)
            {
                error.WriteLine("error: " + problem);
                return CliApp.UsageError;
            }

            var mode = parse.GetValue(lenient) ? EdifactReadMode.Lenient : EdifactReadMode.Strict;
            var validation = checks.Build(parse, mode == EdifactReadMode.Lenient ? EdifactReaderOptions.Lenient : EdifactReaderOptions.Strict, catalog);
            return Run(parse.GetValue(file)!, parse.GetValue(to)!, mode, validation, catalog, parse.InvocationConfiguration.Output, error);
        });
        return command;
    }

    private static int Run(FileInfo file, string to, EdifactReadMode mode, EdifactValidationOptions validation, DirectoryCatalog catalog, TextWriter output, TextWriter error)
    {
        // Lines name the file as it was given, as validate's do.
        var name = file.ToString();
        byte[] content;
        try
        {
            content = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{file.FullName}: {(file.Exists ? e.Message : "no such file.")}");
            return CliApp.UsageError;
        }

        var mapper = new EdifactMapper(catalog);
        if (to is Cusres or Aperak)
        {
            return Respond(name, content, to == Cusres ? EdifactResponseKind.Cusres : EdifactResponseKind.Aperak, mapper, catalog, validation, mode, output, error);
        }

        var harmonized = FileHarmonizer.Harmonize(name, content, mapper, mode, error);
        if (harmonized.Value is not { Count: > 0 } documents)
        {
            return 1;
        }

        if (to == Json)
        {
            var nodes = documents.Select(d => JsonNode.Parse(CanonicalJson.Write(d))!).ToArray();
            JsonNode result = nodes.Length == 1 ? nodes[0] : new JsonArray(nodes);
            output.WriteLine(result.ToJsonString(s_indented));
        }
        else
        {
            foreach (var document in documents)
            {
                if (!WcoXmlWriter.CanWrite(document))
                {
                    error.WriteLine($"{name}: a {document.DocumentType} has no WCO DM XML form here (declarations and responses do).");
                    return 1;
                }

                string xml;
                try
                {
                    xml = WcoXmlWriter.WriteString(document);
                }
                catch (ArgumentException e)
                {
                    // A value XML 1.0 cannot carry (a control character read from JSON).
                    error.WriteLine($"{name}: {e.Message}");
                    return 1;
                }

                output.WriteLine(xml);
            }
        }

        return harmonized.Succeeded ? 0 : 1;
    }

    /// <summary>The response for each message of an EDIFACT interchange (or for the one document of XML or JSON).</summary>
    private static int Respond(
        string name, byte[] content, EdifactResponseKind kind, EdifactMapper mapper, DirectoryCatalog catalog, EdifactValidationOptions validation, EdifactReadMode mode, TextWriter output, TextWriter error)
    {
        var now = TimeProvider.System.GetUtcNow();
        var reference = "R" + now.UtcDateTime.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var writer = new EdifactResponseWriter(catalog);
        var responses = new List<(Response Response, EdifactResponseEnvelope Envelope)>();
        if (FormatDetector.Detect(content).Format == MessageFormat.Edifact)
        {
            // Judged as contrl and validate judge it (the envelope and, at structure level, each message against
            // its directory), then mapped; the judgement's findings stand for the envelope's, which the mapping's read repeats.
            var judged = EdifactInterchange.Validate(content, validation);
            var mapping = DocumentHarmonizer.HarmonizeEdifact(content, mapper, mode);
            FileHarmonizer.Report(error, name, judged.Diagnostics, mapping.Messages.SelectMany(m => m.Diagnostics));
            foreach (var message in mapping.Messages)
            {
                var envelope = mapping.Envelope.Interchange is { } answered
                    ? EdifactResponseEnvelope.Answering(answered, mapping.Envelope.Delimiters, writer.DirectoryFor(kind, message.Directory), reference, now, message.MessageReference)
                    : Default(writer, kind, reference, now);
                responses.Add((EdifactResponses.For(message, Judged(judged, message, mapping), now, reference), envelope with { MessageReference = (responses.Count + 1).ToString(CultureInfo.InvariantCulture) }));
            }

            if (mapping.Messages.Count == 0)
            {
                error.WriteLine($"{name}: the interchange holds no message to answer.");
                return 1;
            }
        }
        else
        {
            var harmonized = FileHarmonizer.Harmonize(name, content, mapper, mode, error);
            var errors = harmonized.Diagnostics.Where(d => d.IsError).Select(d => new ResponseError { Code = d.Id, Description = d.Message, Location = d.Pointer.Length == 0 ? null : d.Pointer }).ToArray();
            responses.Add((new Response
            {
                FunctionCode = errors.Length == 0 ? EdifactResponses.Accepted : EdifactResponses.Rejected,
                FunctionalReferenceId = reference,
                IssueDateTime = now,
                Subject = harmonized.Value?.FirstOrDefault() is Declaration d ? new ResponseSubject { FunctionalReferenceId = d.Lrn.Value, Id = d.Id } : null,
                Errors = errors,
            }, Default(writer, kind, reference, now)));
        }

        var written = new List<(byte[] Bytes, EdifactResponseEnvelope Envelope)>(responses.Count);
        foreach (var (response, envelope) in responses)
        {
            try
            {
                written.Add((writer.Write(response, kind, envelope), envelope));
            }
            catch (ArgumentException e)
            {
                // The answered UNB lacks what the response's envelope must hold (its recipient becomes the response's sender).
                error.WriteLine($"{name}: no {kind.ToString().ToUpperInvariant()} can be written in answer to this interchange: {e.Message}");
                return 1;
            }
        }

        foreach (var (bytes, envelope) in written)
        {
            output.Write(envelope.Syntax.Encoding.GetString(bytes));
            output.WriteLine();
        }

        return responses.All(r => r.Response.FunctionCode == EdifactResponses.Accepted) ? 0 : 1;
    }

    /// <summary>The judgement's findings that concern one message; errors that are all beyond those listed are named, so that they still reject.</summary>
    private static IEnumerable<EdifactDiagnostic> Judged(EdifactValidationResult judged, EdifactMappingResult message, EdifactInterchangeMapping mapping)
    {
        var findings = EdifactResponses.FindingsFor(message, judged.Diagnostics, mapping.Envelope.Messages);
        return !judged.IsValid && !judged.Diagnostics.Any(d => d.Severity == EdifactSeverity.Error)
            ? findings.Append(new EdifactDiagnostic(PipelineDiagnosticIds.EdifactErrorsNotListed, EdifactSeverity.Error, 0, $"the interchange has errors after the first {judged.Diagnostics.Count} findings, which are not listed"))
            : findings;
    }

    private static EdifactResponseEnvelope Default(EdifactResponseWriter writer, EdifactResponseKind kind, string reference, DateTimeOffset now) => new()
    {
        Sender = new PartyIdentification("UNIPASS"),
        Recipient = new PartyIdentification("PARTNER"),
        ControlReference = reference,
        Directory = writer.DirectoryFor(kind, null),
        Prepared = now,
    };
}
