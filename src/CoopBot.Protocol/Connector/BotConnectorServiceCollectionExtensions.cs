using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Connector;

/// <summary>Registers the protocol layer: options, inbound validation, outbound Connector pipeline and the adapter.</summary>
public static class BotConnectorServiceCollectionExtensions
{
    /// <summary>Name of the HttpClient that fetches OpenID metadata and signing keys.</summary>
    public const string MetadataHttpClientName = "CoopBot.Protocol.OpenIdMetadata";

    /// <summary>
    /// Binds <see cref="BotAuthenticationOptions"/> from the configuration root, <see cref="ConnectorClientOptions"/>
    /// from <c>Connector</c> and <see cref="BotAdapterOptions"/> from <c>Bot</c> (all validated on start), and registers
    /// the token validator (also as <see cref="IOpenIdMetadataStatus"/> for readiness), token provider, <see cref="ServiceUrlTrust"/>, the Connector HttpClient with its
    /// retry, pacing and token handlers, <see cref="IConnectorClientFactory"/> and <see cref="IBotHttpAdapter"/>.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        AddOptions(services, configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServiceUrlTrust>();
        services.TryAddSingleton<ConnectorPacer>();
        services.TryAddSingleton(provider =>
            AccessTokenProviderFactory.Create(provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value));

        // The validator keeps this client for the app's lifetime: recycle connections so DNS changes are seen.
        services.AddHttpClient(MetadataHttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) });
        services.TryAddSingleton(provider => new BotTokenValidator(
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>(),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(MetadataHttpClientName),
            provider.GetRequiredService<ILogger<BotTokenValidator>>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IBotTokenValidator>(provider => provider.GetRequiredService<BotTokenValidator>());
        services.TryAddSingleton<IOpenIdMetadataStatus>(provider => provider.GetRequiredService<BotTokenValidator>());

        // First added is outermost: every retry attempt waits for pacing and gets a fresh token.
        services.TryAddTransient<ConnectorRetryHandler>();
        services.TryAddTransient<ConnectorRateLimiter>();
        services.TryAddTransient<ConnectorAuthenticationHandler>();
        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            .AddHttpMessageHandler<ConnectorRetryHandler>()
            .AddHttpMessageHandler<ConnectorRateLimiter>()
            .AddHttpMessageHandler<ConnectorAuthenticationHandler>();

        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();
        services.TryAddSingleton<IBotHttpAdapter, BotHttpAdapter>();
        return services;
    }

    private static void AddOptions(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>());

        services.AddOptions<ConnectorClientOptions>()
            .Bind(configuration.GetSection(ConnectorClientOptions.SectionName))
            .Validate(o => o.MaxRetries >= 0, "Connector:MaxRetries must be 0 or more.")
            .Validate(o => o.MaxRetryDelay >= TimeSpan.Zero && o.BaseRetryDelay >= TimeSpan.Zero, "Connector retry delays must not be negative.")
            .Validate(o => o.PerConversationPerSecond > 0 && o.GlobalPerSecond > 0, "Connector pacing limits must be positive.")
            .ValidateOnStart();

        services.AddOptions<BotAdapterOptions>()
            .Bind(configuration.GetSection(BotAdapterOptions.SectionName))
            .Validate(o => o.MaxRequestBytes > 0, "Bot:MaxRequestBytes must be positive.")
            .Validate(o => o.InvokeTimeout > TimeSpan.Zero, "Bot:InvokeTimeout must be positive.")
            .ValidateOnStart();
    }
}
