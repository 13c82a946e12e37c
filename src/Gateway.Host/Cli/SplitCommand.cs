using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using UniPass.Gateway.Messages.Wco;
using UniPass.Gateway.Routing.Harmonization;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>split FILE [--catalogue agencies.json]</c>: harmonizes one message (canonical JSON, WCO DM XML; EDIFACT
/// once its mappings exist) and prints its common/OGA split as JSON: <c>common</c> and one entry per concerned
/// agency (schemas/harmonization/split.schema.json); a JSON array when the message holds several documents.
/// Exit 0 when split, 1 when the message can not be harmonized or split, 2 for usage, I/O and catalogue errors.
/// </summary>
internal static class SplitCommand
{
    // For people and files, not HTML: '&' and non-ASCII letters are printed as they are.
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A canonical JSON document or a WCO DM XML declaration." };
        var catalogue = new Option<FileInfo?>("--catalogue") { Description = "The agency catalogue to split by (default: the one the gateway ships)." };
        var command = new Command("split", "Split a document into the common core and one package per concerned agency (JSON on stdout).") { file, catalogue };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(catalogue), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, FileInfo? cataloguePath, TextWriter output, TextWriter error)
    {
        var catalogue = AgencyCatalogue.Load(cataloguePath?.FullName ?? AgencyCatalogue.DefaultPath);
        Report(error, cataloguePath?.Name ?? AgencyCatalogue.FileName, catalogue.Diagnostics);
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

        var harmonized = DocumentHarmonizer.Harmonize(content);
        Report(error, file.Name, harmonized.Diagnostics);
        if (!harmonized.Succeeded)
        {
            return 1;
        }

        var splitter = new DocumentSplitter(catalogue.Value!);
        var splits = new List<JsonNode>();
        foreach (var document in harmonized.Value!)
        {
            if (!splitter.CanSplit(document.DocumentType))
            {
                error.WriteLine($"{file.Name}: {document.DocumentType} documents are not split (the agency catalogue splits {string.Join(", ", splitter.Catalogue.DocumentTypes)}).");
                return 1;
            }

            splits.Add(splitter.Split(document).ToJson());
        }

        JsonNode result = splits.Count == 1 ? splits[0] : new JsonArray([.. splits]);
        output.WriteLine(result.ToJsonString(s_indented));
        return 0;
    }

    private static void Report(TextWriter error, string name, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            error.WriteLine($"{name}: {diagnostic}");
        }
    }
}
