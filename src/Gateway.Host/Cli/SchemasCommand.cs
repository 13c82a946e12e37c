using System.CommandLine;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Edifact.Directories.Import;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>schemas import DIRECTORY.zip [--messages CUSCAR,PAXLST] [--output DIR]</c>: imports a UNECE
/// directory zip as published into the project's directory format, so that an operator adds a
/// directory without code.
/// </summary>
internal static class SchemasCommand
{
    private const string DefaultOutput = "schemas/edifact";

    public static Command Create()
    {
        var command = new Command("schemas", "Manage the standards the gateway validates against.");
        command.Subcommands.Add(CreateImport());
        return command;
    }

    private static Command CreateImport()
    {
        var zip = new Argument<FileInfo>("DIRECTORY.zip") { Description = "A UN/EDIFACT directory as UNECE publishes it (e.g. d96b.zip)." };
        var messages = new Option<string[]>("--messages")
        {
            Description = "Message types to keep, with what they use (comma or space separated); all when omitted.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<DirectoryInfo>("--output")
        {
            Description = $"Folder to write the directory file to (default {DefaultOutput}).",
            DefaultValueFactory = _ => new DirectoryInfo(DefaultOutput),
        };

        var command = new Command("import", "Import a UNECE directory zip into the gateway's directory format.") { zip, messages, output };
        command.SetAction(parse =>
        {
            var outputWriter = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var file = parse.GetValue(zip)!;
            if (!file.Exists)
            {
                error.WriteLine($"{file.FullName}: no such file.");
                return CliApp.UsageError;
            }

            EdifactDirectory directory;
            try
            {
                directory = UneceDirectoryImporter.Import(file.FullName);
            }
            catch (InvalidDataException e)
            {
                error.WriteLine($"{file.Name}: {e.Message}");
                return 1;
            }

            var wanted = (parse.GetValue(messages) ?? [])
                .SelectMany(m => m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(m => m.ToUpperInvariant())
                .ToArray();
            var unknown = wanted.Where(m => !directory.Messages.ContainsKey(m)).ToArray();
            if (unknown.Length > 0)
            {
                // Older directories lack newer messages (D95B has no CUSEXP): those are left out, said on stderr.
                error.WriteLine($"{file.Name}: directory {directory.Id} has no message {string.Join(", ", unknown)}.");
                if (unknown.Length == wanted.Length)
                {
                    return 1;
                }
            }

            if (wanted.Length > 0)
            {
                directory = directory.Subset(wanted);
            }

            var folder = parse.GetValue(output)!;
            folder.Create();
            var target = Path.Combine(folder.FullName, directory.Id.FileStem + DirectoryFile.Extension);
            DirectoryFile.Save(directory, target);
            outputWriter.WriteLine(
                $"{directory.Id}: {directory.Messages.Count} messages, {directory.Segments.Count} segments, {directory.Composites.Count} composites, " +
                $"{directory.Elements.Count} data elements, {directory.CodeLists.Count} code lists -> {target}");
            return 0;
        });
        return command;
    }
}
