using Microsoft.Extensions.Diagnostics.HealthChecks;
using UniPass.Gateway.Routing.Intake;
using UniPass.Gateway.Routing.Outbox;

namespace UniPass.Gateway.Host.Hosting;

/// <summary><c>/readyz</c>: the message store answers (a gateway that can not store must not receive).</summary>
internal sealed class StoreReadinessCheck(IMessageStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The message store answers.")
            : HealthCheckResult.Unhealthy("The message store does not answer.");
}

/// <summary><c>/readyz</c>: the outbox dispatcher is not paused because its store fails (it would accept but not route).</summary>
internal sealed class OutboxReadinessCheck(OutboxHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.IsHealthy ? HealthCheckResult.Healthy(health.Describe()) : HealthCheckResult.Unhealthy(health.Describe()));
}
