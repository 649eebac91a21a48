using System.Net;
using CoopBot.Deployment.Tests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.Deployment.Tests.Startup;

/// <summary>
/// Issue 8: outside Development the built host refuses to start (clear Dutch message on stderr, exit code 1) without an
/// identity, in anonymous mode, with invalid options or without storage, and starts with a complete configuration.
/// </summary>
public sealed class StartupCheckTests
{
    private const string AppId = "6b0e4a52-5d1f-4f58-9c51-3f1f1f2a7c10";
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(90);

    public static TheoryData<string, Dictionary<string, string>, string> Refusals => new()
    {
        { "no configuration", new() { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, "MicrosoftAppId ontbreekt" },
        { "anonymous mode", new() { ["ASPNETCORE_ENVIRONMENT"] = "Production", ["MicrosoftAppId"] = "" }, "anonieme modus" },
        {
            "secret app type without secret",
            new() { ["ASPNETCORE_ENVIRONMENT"] = "Staging", ["MicrosoftAppId"] = AppId, ["MicrosoftAppType"] = "SingleTenant", ["MicrosoftAppTenantId"] = AppId },
            "MicrosoftAppPassword is required"
        },
        {
            "storage unreachable",
            new()
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["MicrosoftAppId"] = AppId,
                ["MicrosoftAppType"] = "UserAssignedMSI",
                ["Storage__ConnectionString"] = $"DefaultEndpointsProtocol=http;AccountName={AzuriteServer.AccountName};AccountKey={AzuriteServer.AccountKey};TableEndpoint=http://127.0.0.1:9/{AzuriteServer.AccountName};",
            },
            "de opslag is niet bereikbaar"
        },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Host_OutsideDevelopment_RefusesToStartWithAClearMessage(string situation, Dictionary<string, string> environment, string message)
    {
        await using var host = HostProcess.Start(environment);

        var exitCode = await host.WaitForExitAsync(ExitTimeout);

        Assert.True(exitCode != 0, $"{situation}: exit code 0");
        Assert.Contains("CoopBot start niet", host.Stderr, StringComparison.Ordinal);
        Assert.Contains(message, host.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_OutsideDevelopment_StartsWithAnIdentityAndReachableStorage()
    {
        // The control for the refusals above: the same process does start when nothing is missing.
        await using var azurite = await AzuriteServer.StartAsync();
        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["Storage__ConnectionString"] = azurite.ConnectionString,
        });
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        await Eventually.TrueAsync(async () => host.HasExited || await AnswersAsync(client), ExitTimeout, "the host answering /healthz");

        Assert.False(host.HasExited, host.Stderr);
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<bool> AnswersAsync(HttpClient client)
    {
        try
        {
            using var response = await client.GetAsync("/healthz");
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
