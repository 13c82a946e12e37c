using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace UniPass.Gateway.Routing.Bus;

public static class BusServiceCollectionExtensions
{
    /// <summary>
    /// Registers the bus (<see cref="IMessageBus"/>, <see cref="IBusSubscriber"/>) chosen by
    /// <c>Bus:Provider</c> (<c>inprocess</c> | <c>kafka</c>, with <c>Bus:BootstrapServers</c>).
    /// </summary>
    public static IServiceCollection AddMessageBus(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<BusOptions>()
            .Bind(configuration.GetSection(BusOptions.SectionName))
            .Validate(o => o.Provider is BusOptions.InProcess or BusOptions.Kafka, "Bus:Provider must be 'inprocess' or 'kafka'.")
            .Validate(o => o.Provider != BusOptions.Kafka || !string.IsNullOrWhiteSpace(o.BootstrapServers), "Bus:BootstrapServers is required for Kafka.")
            .Validate(o => o.InProcessRetention > 0 && o.InProcessRetentionBytes > 0, "Bus:InProcessRetention and Bus:InProcessRetentionBytes must be positive.")
            .ValidateOnStart();
        var provider = configuration.GetSection(BusOptions.SectionName)[nameof(BusOptions.Provider)] ?? BusOptions.InProcess;
        if (provider == BusOptions.Kafka)
        {
            services.TryAddSingleton<KafkaBus>();
            services.TryAddSingleton<IMessageBus>(sp => sp.GetRequiredService<KafkaBus>());
            services.TryAddSingleton<IBusSubscriber>(sp => sp.GetRequiredService<KafkaBus>());
        }
        else
        {
            services.TryAddSingleton<InProcessBus>();
            services.TryAddSingleton<IMessageBus>(sp => sp.GetRequiredService<InProcessBus>());
            services.TryAddSingleton<IBusSubscriber>(sp => sp.GetRequiredService<InProcessBus>());
        }

        return services;
    }
}
