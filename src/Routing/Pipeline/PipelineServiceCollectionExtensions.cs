using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using UniPass.Gateway.Messages.Edifact.Directories;
using UniPass.Gateway.Messages.Wco.Validation;
using UniPass.Gateway.Messages.Wco.Xml;
using UniPass.Gateway.Routing.Diagnostics;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;
using UniPass.Gateway.Routing.Partners;
using UniPass.Gateway.Routing.Pipeline.Stages;

namespace UniPass.Gateway.Routing.Pipeline;

public static class PipelineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pipeline (detect → authorize → validate → harmonize → authorize documents → split → route), the
    /// acknowledgement writer and the outbox dispatcher as a hosted service. Needs a message store and a
    /// bus (<c>AddMessageStore</c>, <c>AddMessageBus</c>).
    /// </summary>
    public static IServiceCollection AddMessagePipeline(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<OutboxOptions>()
            .Bind(configuration.GetSection(OutboxOptions.SectionName))
            .Validate(
                o => o.BatchSize > 0 && o.Lease > TimeSpan.Zero && o.MaxAttempts > 0 && o.FirstRetryDelay > TimeSpan.Zero
                    && o.MaxRetryDelay >= o.FirstRetryDelay && o.MaxStorePause >= o.FirstRetryDelay && o.BacklogInterval > TimeSpan.Zero,
                "Outbox options must be positive, and the longest delays at least Outbox:FirstRetryDelay.")
            .ValidateOnStart();
        services.AddOptions<WcoXmlOptions>()
            .Bind(configuration.GetSection(WcoXmlOptions.SectionName))
            .Validate(o => o.ExternalSchemaPaths.All(File.Exists), "Every Wco:Xml:ExternalSchemaPaths entry must name an existing XSD file.")
            .ValidateOnStart();

        // The operator's schema set is loaded and compiled once, for every message.
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<WcoXmlOptions>>().Value.ToReaderOptions());
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IMessageIdGenerator, TimeOrderedIdGenerator>();
        services.TryAddSingleton<GatewayMetrics>();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxHealth>();
        services.TryAddSingleton(sp => new BusinessRules(sp.GetRequiredService<TimeProvider>()));
        // One directory catalog for validation and acknowledgements: each directory is loaded once.
        services.TryAddSingleton(_ => DirectoryCatalog.CreateDefault());
        services.TryAddSingleton<IAckWriter>(sp => new AckWriter(sp.GetRequiredService<DirectoryCatalog>()));
        services.AddSingleton<IMessageStage, DetectStage>();
        services.AddSingleton<IMessageStage>(sp => new AuthorizeStage(sp.GetService<IPartnerDirectory>()));
        services.AddSingleton<IMessageStage>(sp => new ValidateStage(
            sp.GetRequiredService<BusinessRules>(), sp.GetRequiredService<WcoXmlReaderOptions>(), sp.GetRequiredService<DirectoryCatalog>()));
        services.AddSingleton<IMessageStage, HarmonizeStage>();
        services.AddSingleton<IMessageStage>(sp => AuthorizeStage.Declarants(sp.GetService<IPartnerDirectory>()));
        services.AddSingleton<IMessageStage, SplitStage>();
        services.AddSingleton<IMessageStage, RouteStage>();
        services.TryAddSingleton<MessagePipeline>();
        services.AddHostedService<OutboxDispatcher>();
        return services;
    }
}
