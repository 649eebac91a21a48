using Azure.Core;
using CoopBot.Graph;
using CoopBot.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopBot.Cli.Registry;

/// <summary>
/// Configuration and services of the registry commands: the same keys as the bot (Storage:*, Registry:*) plus Graph:*,
/// from ./appsettings.json and environment variables (Storage__ConnectionString, Graph__ClientSecret, ...).
/// </summary>
internal sealed class RegistryCliContext(IConfiguration configuration, Func<GraphOptions, TokenCredential> credentials, HttpMessageHandler? graphHandler = null)
{
    public static RegistryCliContext FromEnvironment() => new(
        new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build(),
        GraphTeamRoster.Credential);

    public ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddTableStorage(configuration);
        services.AddRegistryStore(configuration);
        services.AddOptions<GraphOptions>().Bind(configuration.GetSection(GraphOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
            return GraphTeamRoster.Create(options, credentials(options), graphHandler);
        });
        return services.BuildValidatedServiceProvider();
    }
}
