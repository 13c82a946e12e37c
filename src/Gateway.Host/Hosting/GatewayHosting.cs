using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using UniPass.Gateway.Host.Api;
using UniPass.Gateway.Host.Partners;
using UniPass.Gateway.Host.Security;
using UniPass.Gateway.Host.Storage;
using UniPass.Gateway.Routing.Bus;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Pipeline;

namespace UniPass.Gateway.Host.Hosting;

/// <summary>The gateway's composition: services in <see cref="AddGateway"/>, the HTTP pipeline in <see cref="MapGateway"/>.</summary>
public static class GatewayHosting
{
    private const string ReadyTag = "ready";

    /// <summary>The embedded store's file in the data directory.</summary>
    public const string SqliteFileName = "unipass.db";

    private static readonly HttpMethodMetadata GetOnly = new([HttpMethods.Get]);

    public static WebApplicationBuilder AddGateway(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<GatewayOptions>().BindConfiguration(GatewayOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GatewayOptions>, GatewayOptionsValidator>();
        services.AddSingleton<ServerCertificate>();
        builder.WebHost.ConfigureKestrel(ConfigureKestrel);

        services.AddMessageStore(builder.Configuration);

        // The embedded SQLite file lives in the data directory with the certificate and the demo key.
        services.AddOptions<StorageOptions>().PostConfigure<IOptions<GatewayOptions>>((storage, gateway) =>
        {
            if (storage.Provider == StorageOptions.Sqlite && string.IsNullOrWhiteSpace(storage.ConnectionString))
            {
                storage.ConnectionString = "Data Source=" + Path.Combine(gateway.Value.ResolveDataDirectory(), SqliteFileName);
            }
        });
        services.AddMessageBus(builder.Configuration);
        services.AddMessagePipeline(builder.Configuration);

        services.AddOptions<PartnerOptions>().BindConfiguration(PartnerOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PartnerOptions>, PartnerOptionsValidator>();
        services.TryAddSingleton<IPartnerDirectory, ConfigurationPartnerDirectory>();

        services.AddAuthentication(ApiKeyAuthentication.Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthentication.Scheme, null);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(ApiKeyAuthentication.Scheme).RequireAuthenticatedUser().Build());
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName)
            .Validate(
                o => o.RequestsPerSecond > 0 && o.Burst > 0 && o.FailedAuthenticationBurst > 0 && o.FailedAuthenticationsPerMinute > 0,
                "RateLimit:RequestsPerSecond, Burst, FailedAuthenticationBurst and FailedAuthenticationsPerMinute must be positive.")
            .ValidateOnStart();
        services.AddPartnerRateLimiting();
        services.AddSingleton<FailedAuthenticationLimiter>();

        services.AddProblemDetails();
        services.Configure<ExceptionHandlerOptions>(o => o.StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());

        services.TryAddSingleton<GatewayMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(GatewayMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.AspNetCore.RateLimiting")
            .AddPrometheusExporter());
        services.AddHealthChecks()
            .AddCheck<StoreReadinessCheck>("store", tags: [ReadyTag])
            .AddCheck<OutboxReadinessCheck>("outbox", tags: [ReadyTag]);

        services.AddHostedService<StartupBanner>();
        return builder;
    }

    public static WebApplication MapGateway(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();

        // Operations endpoints: anonymous (probes and scrapers carry no key), GET only.
        app.MapHealthChecks("/healthz", new() { Predicate = _ => false }).AllowAnonymous().WithMetadata(GetOnly);
        app.MapHealthChecks("/readyz", new() { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous().WithMetadata(GetOnly);
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous().WithMetadata(GetOnly);
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapMessagesApi(app.Services.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxBodyBytes);
        return app;
    }

    private static void ConfigureKestrel(WebHostBuilderContext context, Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel)
    {
        var options = kestrel.ApplicationServices.GetRequiredService<IOptions<GatewayOptions>>().Value;
        var certificate = kestrel.ApplicationServices.GetRequiredService<ServerCertificate>();
        kestrel.AddServerHeader = false;
        kestrel.Limits.MaxRequestBodySize = kestrel.ApplicationServices.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxBodyBytes;
        void Https(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen) => listen.UseHttps(certificate.Certificate);
        switch (options.ListenHost)
        {
            case "localhost":
                kestrel.ListenLocalhost(options.HttpsPort, Https);
                break;
            case "*":
                kestrel.ListenAnyIP(options.HttpsPort, Https);
                break;
            default:
                kestrel.Listen(IPAddress.Parse(options.ListenHost), options.HttpsPort, Https);
                break;
        }
    }
}
