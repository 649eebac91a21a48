using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CoopBot.Hosting.Health;

/// <summary><c>/healthz</c> (liveness: the process answers) and <c>/readyz</c> (readiness: storage and OpenID metadata).</summary>
internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddCoopBotHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>("storage", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout)
            .AddCheck<OpenIdMetadataHealthCheck>("openid-metadata", HealthStatus.Unhealthy, [ReadyTag], CheckTimeout);
        return services;
    }

    public static WebApplication MapCoopBotHealthChecks(this WebApplication app)
    {
        // Liveness runs no checks: a restart does not fix an unreachable dependency.
        app.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
        return app;
    }

    // {"status":"Unhealthy","checks":{"storage":"Unhealthy: unreachable","openid-metadata":"Healthy: fetched"}}
    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        var checks = report.Entries.ToDictionary(e => e.Key, e => $"{e.Value.Status}: {e.Value.Description}");
        return http.Response.WriteAsync(JsonSerializer.Serialize(new { status = report.Status.ToString(), checks }));
    }
}
