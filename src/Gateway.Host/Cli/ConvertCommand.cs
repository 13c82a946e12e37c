using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Messages.Wco.Json;
using UniPass.Gateway.Messages.Wco.Model;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Detection;
using UniPass.Gateway.Routing.Harmonization;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>convert FILE --to json|wco-xml|cusres|aperak [--lenient]</c>: harmonizes one message (UN/EDIFACT, WCO DM XML,
/// canonical JSON) and prints it on stdout as canonical JSON, as WCO DM XML (declarations and responses), or
/// prints the response the gateway would send for it (acceptance, or rejection with every error) as a CUSRES
/// or APERAK interchange in the sender's syntax. Findings go to stderr. Exit 0 when converted without error,
/// 1 when the message has errors (a cusres/aperak rejection is still printed), 2 for usage and I/O errors.
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
        var command = new Command("convert", "Convert a message to canonical JSON, WCO DM XML, or the CUSRES/APERAK the gateway would answer (on stdout).") { file, to, lenient };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(to)!, parse.GetValue(lenient), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, string to, bool lenient, TextWriter output, TextWriter error)
    {
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

        var mode = lenient ? EdifactReadMode.Lenient : EdifactReadMode.Strict;
        var catalog = DirectoryCatalog.CreateDefault();
        var mapper = new EdifactMapper(catalog);
        if (to is Cusres or Aperak)
        {
            return Respond(file.Name, content, to == Cusres ? EdifactResponseKind.Cusres : EdifactResponseKind.Aperak, mapper, catalog, mode, output, error);
        }

        var harmonized = DocumentHarmonizer.Harmonize(content, edifactMapper: mapper, edifactMode: mode);
        Report(error, file.Name, harmonized.Diagnostics);
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
                    error.WriteLine($"{file.Name}: a {document.DocumentType} has no WCO DM XML form here (declarations and responses do).");
                    return 1;
                }

                output.WriteLine(WcoXmlWriter.WriteString(document));
            }
        }

        return harmonized.Succeeded ? 0 : 1;
    }

    /// <summary>The response for each message of an EDIFACT interchange (or for the one document of XML or JSON).</summary>
    private static int Respond(string name, byte[] content, EdifactResponseKind kind, EdifactMapper mapper, DirectoryCatalog catalog, EdifactReadMode mode, TextWriter output, TextWriter error)
    {
        var now = TimeProvider.System.GetUtcNow();
        var reference = "R" + now.UtcDateTime.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var writer = new EdifactResponseWriter(catalog);
        var responses = new List<(Response Response, EdifactResponseEnvelope Envelope)>();
        if (FormatDetector.Detect(content).Format == MessageFormat.Edifact)
        {
            var mapping = DocumentHarmonizer.HarmonizeEdifact(content, mapper, mode);
            foreach (var d in mapping.Envelope.Diagnostics)
            {
                error.WriteLine($"{name}: {d}");
            }

            foreach (var message in mapping.Messages)
            {
                foreach (var d in message.Diagnostics)
                {
                    error.WriteLine($"{name}: {d}");
                }

                var envelope = mapping.Envelope.Interchange is { } answered
                    ? EdifactResponseEnvelope.Answering(answered, mapping.Envelope.Delimiters, writer.DirectoryFor(kind, message.Directory), reference, now, message.MessageReference)
                    : Default(writer, kind, reference, now);
                responses.Add((EdifactResponses.For(message, mapping.Envelope.Diagnostics, now, reference), envelope with { MessageReference = (responses.Count + 1).ToString(CultureInfo.InvariantCulture) }));
            }

            if (mapping.Messages.Count == 0)
            {
                error.WriteLine($"{name}: the interchange holds no message to answer.");
                return 1;
            }
        }
        else
        {
            var harmonized = DocumentHarmonizer.Harmonize(content, edifactMapper: mapper, edifactMode: mode);
            Report(error, name, harmonized.Diagnostics);
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

        foreach (var (response, envelope) in responses)
        {
            var bytes = writer.Write(response, kind, envelope);
            output.Write(envelope.Syntax.Encoding.GetString(bytes));
            output.WriteLine();
        }

        return responses.All(r => r.Response.FunctionCode == EdifactResponses.Accepted) ? 0 : 1;
    }

    private static EdifactResponseEnvelope Default(EdifactResponseWriter writer, EdifactResponseKind kind, string reference, DateTimeOffset now) => new()
    {
        Sender = new PartyIdentification("UNIPASS"),
        Recipient = new PartyIdentification("PARTNER"),
        ControlReference = reference,
        Directory = writer.DirectoryFor(kind, null),
        Prepared = now,
    };

    private static void Report(TextWriter error, string name, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine($"{name}: {diagnostic}");
        }
    }
}
