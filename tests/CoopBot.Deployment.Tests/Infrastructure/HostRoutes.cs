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
    public static Task<IReadOnlySet<string>> CommandNamesAsync() => ReadAsync(table => table.CommandNames);

    /// <summary>The message-extension commands as <c>invoke#commandId</c>.</summary>
    public static Task<IReadOnlySet<string>> ComposeCommandKeysAsync() => ReadAsync(table => table.ComposeCommandKeys);

    private static async Task<IReadOnlySet<string>> ReadAsync(Func<BotRouteTable, IEnumerable<string>> read)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.AddCoopBot();
        await using var app = builder.Build();
        return read(app.Services.GetRequiredService<BotRouteTable>()).ToHashSet(StringComparer.Ordinal);
    }
}
