using UniPass.Gateway.Host.Hosting;

namespace UniPass.Gateway.Host;

/// <summary>Builds and runs the gateway service.</summary>
public static class GatewayApp
{
    /// <summary>
    /// The gateway with its configuration: <c>appsettings.json</c> beside the executable (the content root is
    /// the application's directory, wherever it is started from, unless <c>--contentRoot</c> or
    /// <c>ASPNETCORE_CONTENTROOT</c> names one), then environment variables, then <paramref name="args"/>.
    /// Local state goes to <c>Gateway:DataDirectory</c>, taken from the current directory.
    /// </summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = ConfiguredContentRoot(args) is null ? AppContext.BaseDirectory : null });
        builder.AddGateway();
        var app = builder.Build();
        app.MapGateway();
        return app;
    }

    /// <summary>The content root the host's own configuration sources name (environment, command line), or null.</summary>
    private static string? ConfiguredContentRoot(string[] args) =>
        new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];

    public static async Task RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
    }
}
