using UniPass.Gateway.Host;
using UniPass.Gateway.Host.Cli;

// One executable, two faces: with a command name it is the operators' CLI; without one it runs the gateway.
if (args.Length > 0 && CliApp.IsCommand(args[0]))
{
    return await CliApp.RunAsync(args);
}

await GatewayApp.RunAsync(args);
return 0;

/// <summary>Entry point type, public so that tests can host the gateway in-process.</summary>
public partial class Program
{
}
