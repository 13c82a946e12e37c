using System.CommandLine;

namespace UniPass.Gateway.Host.Cli;

/// <summary>The operators' command line: every command is one file in this folder, registered here.</summary>
public static class CliApp
{
    /// <summary>Exit code for a usage or I/O error (0 = success, 1 = the input is not valid).</summary>
    public const int UsageError = 2;

    private const int MaxSuggestionDistance = 2;

    private static RootCommand CreateRoot(Func<string[], Task> startGateway)
    {
        var root = new RootCommand("UniPass Gateway: customs single-window message gateway. Without a command it runs the gateway.");
        root.Subcommands.Add(RunCommand.Create(startGateway));
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(InspectCommand.Create());
        root.Subcommands.Add(ContrlCommand.Create());
        root.Subcommands.Add(SchemasCommand.Create());
        root.Subcommands.Add(SplitCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(HashKeyCommand.Create());
        root.Subcommands.Add(VersionCommand.Create());
        return root;
    }

    /// <summary>True when <paramref name="name"/> is a command (or the root's help or version option).</summary>
    public static bool IsCommand(string name)
    {
        if (name is "-h" or "--help" or "-?" or "/?" or "--version")
        {
            return true;
        }

        return Commands().Any(c => c.Name == name || c.Aliases.Contains(name));
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) => RunAsync(args, output, error, GatewayApp.RunAsync);

    /// <summary>Runs a command; <paramref name="startGateway"/> is what <c>run</c> starts.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string[], Task> startGateway)
    {
        var root = CreateRoot(startGateway);
        var parse = root.Parse(args, new ParserConfiguration());
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync(e.Message);
            }

            return UsageError;
        }

        // No termination timeout: the gateway (run) shuts down gracefully on Ctrl+C by itself, and
        // the other commands need no more than the default process exit.
        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null });
    }

    /// <summary>Writes why the arguments were refused, a suggestion when the first one is close to a command, and the commands.</summary>
    public static void WriteUsageError(TextWriter error, string problem, string? firstArgument)
    {
        error.WriteLine($"error: {problem}.");
        var suggestion = firstArgument is null || firstArgument.StartsWith('-') ? null : Suggest(firstArgument);
        if (suggestion is not null)
        {
            error.WriteLine($"Did you mean '{suggestion}'?");
        }

        error.WriteLine();
        error.WriteLine("Commands:");
        var commands = Commands();
        var width = commands.Max(c => c.Name.Length) + 2;
        foreach (var command in commands)
        {
            error.WriteLine($"  {command.Name.PadRight(width)}{command.Description}");
        }

        error.WriteLine();
        error.WriteLine($"Without a command the gateway runs; it accepts only host options: {HostArguments.Summary}.");
        error.WriteLine("Add --help to a command for its options.");
    }

    private static IReadOnlyList<Command> Commands() => CreateRoot(static _ => Task.CompletedTask).Subcommands.ToArray();

    private static string? Suggest(string typed) =>
        Commands()
            .Select(c => (c.Name, Distance: EditDistance(typed.ToLowerInvariant(), c.Name)))
            .Where(c => c.Distance <= MaxSuggestionDistance)
            .OrderBy(c => c.Distance)
            .Select(c => c.Name)
            .FirstOrDefault();

    // Levenshtein distance over two short words (command names), one row at a time.
    private static int EditDistance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
