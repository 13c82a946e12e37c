using System.CommandLine;
using UniPass.Gateway.Host.Cli.Reports;
using UniPass.Gateway.Host.Cli.Validation;
using UniPass.Gateway.Messages.Edifact;
using UniPass.Gateway.Messages.Edifact.Directories;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>validate FILE... [--strict|--lenient] [--format text|json] [--level envelope|structure]
/// [--no-code-lists] [--directory D96B] [--enforce-repertoire]</c>: judges each file (EDIFACT by default at structure level,
/// each message against its directory) and exits 0 when every one is valid, 1 when any is not, 2 on a usage or I/O
/// error (a file missing or unreadable; the other files are still judged).
/// </summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Interchanges (EDIFACT) or documents (WCO DM XML, canonical JSON) to validate; the format is detected from the content.",
            Arity = ArgumentArity.OneOrMore,
        };
        var strict = new Option<bool>("--strict") { Description = "ISO 9735 as written: every envelope fault is an error (the default)." };
        var lenient = new Option<bool>("--lenient") { Description = "Recover what real partners send (wrong counts, missing UNZ, line breaks) and report it as warnings." };
        var format = OutputFormat.Create("Output: text (compiler-style lines) or json (an array, one object per file).");
        var checks = EdifactCheckOptions.Create();

        var command = new Command("validate", "Validate interchanges and documents; exit 0 when all are valid, 1 when any is not, 2 on usage or I/O errors.")
        {
            files, strict, lenient, format,
        };
        checks.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(strict) && result.GetValue(lenient))
            {
                result.AddError("--strict and --lenient exclude each other.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;

            // One catalog for every file: it loads each directory once.
            var catalog = DirectoryCatalog.CreateDefault();
            if (checks.DirectoryProblem(parse, catalog) is { } problem)
            {
                await error.WriteLineAsync("error: " + problem);
                return CliApp.UsageError;
            }

            var options = checks.Build(parse, parse.GetValue(lenient) ? EdifactReaderOptions.Lenient : EdifactReaderOptions.Strict, catalog);
            await using var json = parse.GetValue(format) == OutputFormat.Json ? JsonReport.StartArray(output) : null;
            var unreadable = false;
            var invalid = false;
            foreach (var file in parse.GetValue(files)!)
            {
                FileReport report;
                try
                {
                    report = await FileValidator.ValidateAsync(file, options, cancellationToken);
                }
                catch (Exception e) when (ReadFailure.IsReadFailure(e))
                {
                    unreadable = true;
                    report = FileValidator.Unreadable(file, ReadFailure.Describe(file, e), options.Level);
                    await error.WriteLineAsync($"{file}: error: {report.Error}");
                }

                invalid |= !report.Valid;
                if (json is not null)
                {
                    await json.AddAsync(report, CliJsonContext.Default.FileReport);
                }
                else if (report.Error is null)
                {
                    await TextReport.WriteAsync(output, report);
                }
            }

            return unreadable ? CliApp.UsageError : invalid ? 1 : 0;
        });
        return command;
    }
}
