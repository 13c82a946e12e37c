using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Host.Cli.Harmonization;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Mapping;
using UniPass.Gateway.Routing.Harmonization;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>split FILE [--lenient] [--catalogue agencies.json]</c>: harmonizes one message (canonical JSON, WCO DM XML, or a
/// UN/EDIFACT interchange through its mappings, read leniently with <c>--lenient</c> as <c>convert</c> reads it) and
/// prints its common/OGA split as JSON: <c>common</c> and one entry per concerned agency
/// (schemas/harmonization/split.schema.json); a JSON array when the message holds several documents. Findings go to
/// stderr as <c>validate</c> prints them.
/// Exit 0 when split, 1 when the message can not be harmonized or split or has errors, 2 for usage, I/O and catalogue errors.
/// </summary>
internal static class SplitCommand
{
    // For people and files, not HTML: '&' and non-ASCII letters are printed as they are.
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A canonical JSON document, a WCO DM XML declaration or an EDIFACT interchange (CUSDEC, CUSCAR, PAXLST)." };
        var lenient = new Option<bool>("--lenient") { Description = "Read EDIFACT leniently: real messages with envelope faults still split; the faults are reported on stderr." };
        var catalogue = new Option<FileInfo?>("--catalogue") { Description = "The agency catalogue to split by (default: the one the gateway ships)." };
        var command = new Command("split", "Split a document into the common core and one package per concerned agency (JSON on stdout).") { file, lenient, catalogue };
        command.SetAction(parse => Run(
            parse.GetValue(file)!,
            parse.GetValue(lenient) ? EdifactReadMode.Lenient : EdifactReadMode.Strict,
            parse.GetValue(catalogue),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, EdifactReadMode mode, FileInfo? cataloguePath, TextWriter output, TextWriter error)
    {
        var catalogue = AgencyCatalogue.Load(cataloguePath?.FullName ?? AgencyCatalogue.DefaultPath);
        FileHarmonizer.Report(error, cataloguePath?.ToString() ?? AgencyCatalogue.FileName, catalogue.Diagnostics);
        if (!catalogue.Succeeded)
        {
            return CliApp.UsageError;
        }

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

        // Lines name the file as it was given, as validate's do.
        var name = file.ToString();
        var harmonized = FileHarmonizer.Harmonize(name, content, new EdifactMapper(DirectoryCatalog.CreateDefault()), mode, error);

        // A lenient read of EDIFACT keeps the documents of messages with errors: they are split, as convert prints
        // them, and the exit code says there were errors.
        if (harmonized.Value is not { Count: > 0 } documents)
        {
            return 1;
        }

        var splitter = new DocumentSplitter(catalogue.Value!);
        var splits = new List<JsonNode>();
        foreach (var document in documents)
        {
            if (!splitter.CanSplit(document.DocumentType))
            {
                error.WriteLine($"{name}: {document.DocumentType} documents are not split (the agency catalogue splits {string.Join(", ", splitter.Catalogue.DocumentTypes)}).");
                return 1;
            }

            splits.Add(splitter.Split(document).ToJson());
        }

        JsonNode result = splits.Count == 1 ? splits[0] : new JsonArray([.. splits]);
        output.WriteLine(result.ToJsonString(s_indented));
        return harmonized.Succeeded ? 0 : 1;
    }
}
