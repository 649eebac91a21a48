namespace CoopBot.Protocol.Connector;

/// <summary>Creates Connector clients, only for serviceUrls that arrived on validated activities.</summary>
public interface IConnectorClientFactory
{
    /// <summary>A client for <paramref name="serviceUrl"/>.</summary>
    /// <exception cref="UntrustedServiceUrlException">The serviceUrl was never seen on a validated activity.</exception>
    IConnectorClient Create(string serviceUrl);
}
