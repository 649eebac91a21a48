using CoopBot.Protocol.Authentication;
using CoopBot.Protocol.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>The outbound pipeline exactly as <c>AddBotConnector</c> wires it, with a test clock and token.</summary>
public sealed class ConnectorHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public ConnectorHost(TimeProvider timeProvider, IAccessTokenProvider? tokens = null, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(timeProvider);
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }

        services.AddBotConnector(configuration);
        _services = services.BuildServiceProvider();
    }

    public ServiceUrlTrust Trust => _services.GetRequiredService<ServiceUrlTrust>();

    public IConnectorClientFactory Factory => _services.GetRequiredService<IConnectorClientFactory>();

    public IConnectorClient TrustAndCreate(string serviceUrl)
    {
        Trust.Trust(serviceUrl);
        return Factory.Create(serviceUrl);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
