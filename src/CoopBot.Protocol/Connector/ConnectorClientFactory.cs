namespace CoopBot.Protocol.Connector;

/// <summary>Creates <see cref="IConnectorClient"/>s on the named, handler-equipped HttpClient.</summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory, ServiceUrlTrust trust) : IConnectorClientFactory
{
    /// <summary>Name of the HttpClient that carries the retry, pacing and token handlers.</summary>
    public const string HttpClientName = "CoopBot.Protocol.Connector";

    /// <inheritdoc />
    public IConnectorClient Create(string serviceUrl)
    {
        if (!ServiceUrlTrust.TryNormalize(serviceUrl, out var normalized) || !trust.IsTrusted(normalized))
        {
            throw new UntrustedServiceUrlException(serviceUrl);
        }

        return new ConnectorClient(httpClientFactory.CreateClient(HttpClientName), new Uri(normalized));
    }
}
