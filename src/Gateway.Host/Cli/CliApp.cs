using System.CommandLine;

namespace UniPass.Gateway.Host.Cli;

/// <summary>The operators' command line: every command is one file in this folder, registered here.</summary>
public static class CliApp
{
    /// <summary>Exit code for a usage or I/O error (0 = success, 1 = the input is not valid).</summary>
    public const int UsageError = 2;

    private static RootCommand CreateRoot()
    {
        var root = new RootCommand("UniPass Gateway: customs single-window message gateway. Without a command it runs the gateway.");
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(SchemasCommand.Create());
        return root;
    }

    public static bool IsCommand(string name)
    {
        if (name is "-h" or "--help" or "-?" or "--version")
        {
            return true;
        }

        return CreateRoot().Subcommands.Any(c => c.Name == name || c.Aliases.Contains(name));
    }

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = CreateRoot();
        var parse = root.Parse(args, new ParserConfiguration());
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync(e.Message);
            }

            return UsageError;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
