using System.CommandLine;
using System.Reflection;

namespace UniPass.Gateway.Host.Cli;

/// <summary><c>version</c>: prints the gateway's version.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the gateway's version.");
        command.SetAction(parse =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            parse.InvocationConfiguration.Output.WriteLine($"UniPass Gateway {version}");
            return 0;
        });
        return command;
    }
}
