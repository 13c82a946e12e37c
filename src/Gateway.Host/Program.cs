using UniPass.Gateway.Host;
using UniPass.Gateway.Host.Cli;

// One executable, two faces: with a command name it is the operators' CLI; with no arguments or
// host options only it runs the gateway; anything else is refused (EntryPoint says why).
return await EntryPoint.RunAsync(args, Console.Out, Console.Error, GatewayApp.RunAsync);

/// <summary>Entry point type, public so that tests can host the gateway in-process.</summary>
public partial class Program
{
}
