using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoopBot.Cli;

/// <summary>The CLI has no host that starts: its service providers run the options' ValidateOnStart checks themselves, as the bot does at start-up.</summary>
internal static class CliServices
{
    public static ServiceProvider BuildValidatedServiceProvider(this IServiceCollection services)
    {
        var provider = services.BuildServiceProvider();
        provider.GetService<IStartupValidator>()?.Validate();
        return provider;
    }
}
