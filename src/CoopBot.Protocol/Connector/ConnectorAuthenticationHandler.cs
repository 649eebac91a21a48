using System.Net.Http.Headers;
using CoopBot.Protocol.Authentication;

namespace CoopBot.Protocol.Connector;

/// <summary>Adds the bot's bearer token to Connector calls; no header when the bot runs without identity.</summary>
public sealed class ConnectorAuthenticationHandler(IAccessTokenProvider tokenProvider) : DelegatingHandler
{
    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var token = await tokenProvider.GetAccessTokenAsync(cancellationToken);
        if (token is not null)
        {
            if (request.RequestUri is not { } uri || !Loopback.IsSecureOrLoopback(uri))
            {
                throw new InvalidOperationException("Refusing to send the bot token over plain http to a non-loopback host.");
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
