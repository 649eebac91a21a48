using Azure.Core;
using Azure.Identity;
using CoopBot.Graph.Contracts;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace CoopBot.Graph;

/// <summary>
/// Builds the one <see cref="GraphServiceClient"/> of the process on <see cref="GraphClientFactory"/>, which keeps Graph's
/// middleware (retry with Retry-After, redirect, compression). Tokens go only to the configured Graph host.
/// </summary>
public sealed class GraphClientProvider(IOptions<GraphOptions> options, IServiceProvider services) : IGraphClient, IDisposable
{
    public const string Scope = "https://graph.microsoft.com/.default";

    private readonly Lazy<(HttpClient Http, GraphServiceClient Client)> _client = new(() => Create(options.Value, services));

    public bool IsConfigured => options.Value.IsConfigured;

    /// <summary>The client; only call when <see cref="IsConfigured"/>.</summary>
    public GraphServiceClient Client => IsConfigured ? _client.Value.Client : throw new InvalidOperationException("Graph is not configured.");

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Client.Dispose();
            _client.Value.Http.Dispose();
        }
    }

    private static (HttpClient, GraphServiceClient) Create(GraphOptions options, IServiceProvider services)
    {
        // A credential registered by the host wins (tests use a static one); otherwise the configured app identity.
        var credential = services.GetKeyedService<TokenCredential>(SectionKey) ?? CreateCredential(options, services);
        var host = new Uri(options.BaseUrl).Host;
        var auth = new AzureIdentityAuthenticationProvider(credential, [host], observabilityOptions: null, isCaeEnabled: true, scopes: Scope);
        var http = GraphClientFactory.Create();
        return (http, new GraphServiceClient(http, auth, options.BaseUrl));
    }

    /// <summary>DI key of an optional <see cref="TokenCredential"/> override for Graph.</summary>
    public const string SectionKey = GraphOptions.SectionName;

    // Without a secret the bot's own identity signs in (its managed identity in Azure), like Table and Queue storage.
    private static TokenCredential CreateCredential(GraphOptions options, IServiceProvider services) => options.ClientSecret.Length > 0
        ? new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret)
        : Hosting.StorageCredential.Create(services);
}
