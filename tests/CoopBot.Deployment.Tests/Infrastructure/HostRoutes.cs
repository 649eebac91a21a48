using CoopBot.Hosting;
using CoopBot.Hosting.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Deployment.Tests.Infrastructure;

/// <summary>
/// The route table exactly as the host builds it (same AddCoopBot wiring), without starting the host: building the
/// service provider and resolving the table does no I/O.
/// </summary>
public static class HostRoutes
{
    public static async Task<IReadOnlySet<string>> CommandNamesAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.AddCoopBot();
        await using var app = builder.Build();
        return app.Services.GetRequiredService<BotRouteTable>().CommandNames.ToHashSet(StringComparer.Ordinal);
    }
}
