using UniPass.Gateway.Host.Hosting;

namespace UniPass.Gateway.Host;

/// <summary>Builds and runs the gateway service.</summary>
public static class GatewayApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddGateway();
        var app = builder.Build();
        app.MapGateway();
        return app;
    }

    public static async Task RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
    }
}
