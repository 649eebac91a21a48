using Azure.Data.Tables;
using CoopBot.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopBot.Hosting.Health;

/// <summary>Ready only when a Table service call succeeds: every turn and every job needs storage.</summary>
internal sealed class StorageHealthCheck(TableServiceClient storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        try
        {
            await storage.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy("reachable");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The exception goes to the health-check log only; the probe's answer names no hosts or errors.
            return HealthCheckResult.Unhealthy("unreachable", exception);
        }
    }
}
