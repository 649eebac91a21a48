using Microsoft.IdentityModel.Protocols;

namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Fetches OpenID metadata and key sets over https; plain http only from a loopback host (local test servers).
/// </summary>
internal sealed class LoopbackHttpDocumentRetriever : IDocumentRetriever
{
    private readonly HttpDocumentRetriever _https;
    private readonly HttpDocumentRetriever _loopbackHttp;

    public LoopbackHttpDocumentRetriever(HttpClient httpClient)
    {
        _https = new HttpDocumentRetriever(httpClient) { RequireHttps = true };
        _loopbackHttp = new HttpDocumentRetriever(httpClient) { RequireHttps = false };
    }

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException("The metadata address is not an absolute URL.", nameof(address));
        }

        if (uri.Scheme == Uri.UriSchemeHttps)
        {
            return _https.GetDocumentAsync(address, cancel);
        }

        if (uri.Scheme == Uri.UriSchemeHttp && Loopback.IsLoopback(uri))
        {
            return _loopbackHttp.GetDocumentAsync(address, cancel);
        }

        throw new InvalidOperationException($"Refusing to fetch signing metadata from '{uri.Scheme}://{uri.Host}': https is required outside loopback.");
    }
}
