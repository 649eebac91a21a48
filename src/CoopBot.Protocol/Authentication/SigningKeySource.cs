using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;

namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Signing keys of one issuer: IdentityModel's <see cref="ConfigurationManager{T}"/> caches and refreshes them
/// automatically. Its RequestRefresh only refreshes in the background, so for an unknown key id this class also
/// fetches once directly (at most every <see cref="AuthenticationConstants.UnknownKeyRefreshInterval"/>), so the
/// request that brought a freshly rotated key still validates.
/// </summary>
internal sealed class SigningKeySource
{
    private readonly ConfigurationManager<EndorsedOpenIdConfiguration> _cache;
    private readonly EndorsedConfigurationRetriever _retriever = new();
    private readonly IDocumentRetriever _documents;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();
    private DateTimeOffset? _lastDirectFetch;
    private Task<EndorsedOpenIdConfiguration?> _directFetch = Task.FromResult<EndorsedOpenIdConfiguration?>(null);
    private volatile bool _hasFetched;

    public SigningKeySource(string metadataAddress, IDocumentRetriever documents, TimeProvider timeProvider, ILogger logger)
    {
        _documents = documents;
        _timeProvider = timeProvider;
        _logger = logger;
        _cache = new ConfigurationManager<EndorsedOpenIdConfiguration>(metadataAddress, _retriever, documents)
        {
            AutomaticRefreshInterval = AuthenticationConstants.KeyRefreshInterval,
            RefreshInterval = AuthenticationConstants.UnknownKeyRefreshInterval,
        };
    }

    public string MetadataAddress => _cache.MetadataAddress;

    /// <summary>True once a configuration was fetched; the cache keeps the last good one, so it never turns false.</summary>
    public bool HasFetched => _hasFetched;

    /// <summary>Keys that should contain <paramref name="keyId"/>; null when no keys can be obtained at all.</summary>
    public async Task<EndorsedOpenIdConfiguration?> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        EndorsedOpenIdConfiguration cached;
        try
        {
            cached = await _cache.GetConfigurationAsync(cancellationToken);
            _hasFetched = true;
        }
        catch (InvalidOperationException exception)
        {
            Log.SigningKeysUnavailable(_logger, MetadataAddress, exception);
            return null;
        }

        if (string.IsNullOrEmpty(keyId) || cached.HasSigningKey(keyId))
        {
            return cached;
        }

        if (_directFetch is { IsCompletedSuccessfully: true, Result: { } recent } && recent.HasSigningKey(keyId))
        {
            return recent;
        }

        Log.UnknownSigningKey(_logger, keyId, MetadataAddress);
        _cache.RequestRefresh();
        return await StartDirectFetch().WaitAsync(cancellationToken) ?? cached;
    }

    // Concurrent callers share one fetch; a new one starts at most once per interval.
    private Task<EndorsedOpenIdConfiguration?> StartDirectFetch()
    {
        lock (_gate)
        {
            var now = _timeProvider.GetUtcNow();
            if (_lastDirectFetch is not { } last || now - last >= AuthenticationConstants.UnknownKeyRefreshInterval)
            {
                _lastDirectFetch = now;
                _directFetch = FetchAsync();
            }

            return _directFetch;
        }
    }

    private async Task<EndorsedOpenIdConfiguration?> FetchAsync()
    {
        try
        {
            // Shared by several callers, so no single caller's cancellation applies.
            return await _retriever.GetConfigurationAsync(MetadataAddress, _documents, CancellationToken.None);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException or ArgumentException or System.Text.Json.JsonException)
        {
            Log.SigningKeysUnavailable(_logger, MetadataAddress, exception);
            return null;
        }
    }
}
