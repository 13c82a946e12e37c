using Microsoft.Extensions.Diagnostics.HealthChecks;
using UniPass.Gateway.Routing.Intake;

namespace UniPass.Gateway.Host.Hosting;

/// <summary><c>/readyz</c>: the message store answers (a gateway that can not store must not receive).</summary>
internal sealed class StoreReadinessCheck(IMessageStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await store.IsReadyAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The message store answers.")
            : HealthCheckResult.Unhealthy("The message store does not answer.");
}
