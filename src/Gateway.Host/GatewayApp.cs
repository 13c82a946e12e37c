namespace UniPass.Gateway.Host;

/// <summary>Builds and runs the gateway service.</summary>
public static class GatewayApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok"));
        return app;
    }

    public static async Task RunAsync(string[] args)
    {
        await using var app = Build(args);
        await app.RunAsync();
    }
}
