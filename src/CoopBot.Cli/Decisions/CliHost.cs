using CoopBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CoopBot.Cli.Decisions;

/// <summary>
/// The bot's own service graph, built without running it, so CLI commands call the same application services on the
/// same storage configuration (appsettings.json in the working directory, environment variables such as Storage__ConnectionString).
/// </summary>
internal static class CliHost
{
    public static WebApplication Build(
        IReadOnlyDictionary<string, string?>? settings = null, Action<WebApplicationBuilder>? configure = null, string? environmentName = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environmentName });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Jobs:Enabled"] = "false" });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        configure?.Invoke(builder);
        builder.AddCoopBot();
        return builder.Build();
    }

    /// <summary>Runs an async command body from the synchronous CLI table.</summary>
    public static int Run(Func<Task<int>> body) => Task.Run(body).GetAwaiter().GetResult();
}
