namespace UniPass.Gateway.Host.Cli;

/// <summary>What the executable does with its arguments.</summary>
public enum LaunchKind
{
    /// <summary>Run the gateway: no arguments, or host options only.</summary>
    Gateway,

    /// <summary>Run a command of the operators' CLI: the first argument names one (or asks for help).</summary>
    Cli,

    /// <summary>Neither: refuse with exit code 2 rather than start the gateway by accident.</summary>
    UsageError,
}

/// <summary>
/// One executable, two faces. The rules are explicit so that a mistyped command never starts the
/// web host (and creates a database): no arguments or only host options run the gateway; a first
/// argument that names a command runs the CLI; anything else is a usage error.
/// </summary>
public static class EntryPoint
{
    /// <summary>Decides what <paramref name="args"/> ask for; <paramref name="problem"/> says why when they ask for nothing valid.</summary>
    public static LaunchKind Classify(IReadOnlyList<string> args, out string? problem)
    {
        problem = null;
        if (args.Count == 0)
        {
            return LaunchKind.Gateway;
        }

        if (CliApp.IsCommand(args[0]))
        {
            return LaunchKind.Cli;
        }

        var first = args[0];
        problem = first.StartsWith('-') || first.Contains('=') ? HostArguments.FindProblem(args) : $"'{first}' is not a command";
        return problem is null ? LaunchKind.Gateway : LaunchKind.UsageError;
    }

    /// <summary>Runs what <paramref name="args"/> ask for and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Func<string[], Task> startGateway)
    {
        switch (Classify(args, out var problem))
        {
            case LaunchKind.Gateway:
                await startGateway(args);
                return 0;
            case LaunchKind.Cli:
                return await CliApp.RunAsync(args, output, error, startGateway);
            default:
                CliApp.WriteUsageError(error, problem!, args[0]);
                return CliApp.UsageError;
        }
    }
}
