using CoopBot.Protocol.Authentication;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace CoopBot.Hosting.Health;

/// <summary>
/// Ready only once the Bot Framework OpenID metadata has been fetched: before that, no Teams request can be
/// authenticated. The probe triggers the first fetch itself, so readiness does not wait for traffic.
/// In anonymous Development mode (no MicrosoftAppId) tokens are never validated, so the metadata is not needed.
/// </summary>
internal sealed class OpenIdMetadataHealthCheck(IOpenIdMetadataStatus metadata, IOptions<BotAuthenticationOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        if (options.Value.HasNoAppId)
        {
            return HealthCheckResult.Healthy("not needed in anonymous Development mode");
        }

        return await metadata.EnsureMetadataAsync(cancellationToken)
            ? HealthCheckResult.Healthy("fetched")
            : HealthCheckResult.Unhealthy("not fetched yet");
    }
}
