using Azure.Core;
using CoopBot.Cli;
using CoopBot.Cli.Registry;
using CoopBot.Graph;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.Extensions.Configuration;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Runs the registry CLI commands against the app's Azurite tables (same prefix) and, for Graph, a fake server.</summary>
internal sealed class RegistryCli(AzuriteServer azurite, CoopBotApp app, Uri? graphBaseUrl = null)
{
    public (int Code, string Out, string Error) Run(params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = azurite.ConnectionString,
            ["Storage:TablePrefix"] = app.TablePrefix,
            ["Graph:BaseUrl"] = graphBaseUrl is null ? GraphOptions.DefaultBaseUrl : new Uri(graphBaseUrl, "v1.0").ToString(),
            ["Graph:TenantId"] = DemoUser.TenantId,
        }).Build();
        var commands = new CliCommands();
        RegistryCliCommands.Register(commands, () => new RegistryCliContext(configuration, _ => new StaticTokenCredential()));
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = commands.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string Sample(string name) => Path.Combine(RepoPaths.Root, "samples", "registry", name);

    /// <summary>A fixed bearer token: the fake Graph server does not check it, only that one is sent.</summary>
    private sealed class StaticTokenCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("fake-graph-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
