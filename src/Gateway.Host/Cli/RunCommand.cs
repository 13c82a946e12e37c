using System.CommandLine;

namespace UniPass.Gateway.Host.Cli;

/// <summary>
/// <c>run [HOST OPTIONS]</c>: runs the gateway, as the executable does without a command; spelled
/// out, it makes scripts and service units say what they mean.
/// </summary>
internal static class RunCommand
{
    public static Command Create(Func<string[], Task> startGateway)
    {
        // The host options are configuration switches of any key, so they are passed through
        // unparsed and checked by the same rule as without a command.
        var command = new Command("run", "Run the gateway (what the executable does without a command); accepts host options only.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (parse, _) =>
        {
            var hostArguments = parse.UnmatchedTokens.ToArray();
            var problem = HostArguments.FindProblem(hostArguments);
            if (problem is not null)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {problem}. run accepts only host options: {HostArguments.Summary}.");
                return CliApp.UsageError;
            }

            await startGateway(hostArguments);
            return 0;
        });
        return command;
    }
}
