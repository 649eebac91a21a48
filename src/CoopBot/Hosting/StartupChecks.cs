using Azure.Data.Tables;
using CoopBot.Storage;
using Microsoft.Extensions.Options;

namespace CoopBot.Hosting;

/// <summary>
/// Refuses to start in a configuration that cannot serve Teams safely. Outside Development: no MicrosoftAppId, an
/// explicitly empty one (anonymous mode), or unreachable storage. Everywhere: invalid options. Each refusal is one
/// Dutch line for the operator on stderr, and the process exits with <see cref="ExitCode"/>.
/// </summary>
internal static class StartupChecks
{
    public const int ExitCode = 1;
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Checks the bot identity before the host is built.</summary>
    public static string? ConfigurationProblem(IConfiguration configuration, IHostEnvironment environment)
    {
        if (environment.IsDevelopment())
        {
            return null;
        }

        return configuration["MicrosoftAppId"] switch
        {
            null => HostingTexts.MissingAppId(environment.EnvironmentName),
            { } appId when string.IsNullOrWhiteSpace(appId) => HostingTexts.AnonymousOutsideDevelopment(environment.EnvironmentName),
            _ => null,
        };
    }

    /// <summary>Validates every option and, outside Development, reaches the storage before the host listens.</summary>
    public static async Task<string?> HostProblemAsync(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
        }
        catch (Exception exception) when (exception is OptionsValidationException or InvalidOperationException)
        {
            var failures = exception is OptionsValidationException validation ? string.Join(" ", validation.Failures) : exception.Message;
            return HostingTexts.InvalidConfiguration(failures);
        }

        if (app.Environment.IsDevelopment())
        {
            return null;
        }

        using var timeout = new CancellationTokenSource(StorageTimeout);
        try
        {
            await app.Services.GetRequiredService<TableServiceClient>().PingAsync(timeout.Token);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            var reason = exception.Message.Split('\n', 2)[0].Trim();
            return HostingTexts.StorageUnreachable(exception.GetType().Name, reason);
        }
    }

    public static async Task<int> RefuseAsync(string problem)
    {
        await Console.Error.WriteLineAsync(problem);
        return ExitCode;
    }
}
