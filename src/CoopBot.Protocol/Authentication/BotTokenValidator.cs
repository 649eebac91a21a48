using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Validates Connector-to-bot JWTs as the Bot Framework specifies (issuer, audience, lifetime, serviceurl claim,
/// key endorsements) and, when a tenant is configured, Entra tokens issued by that tenant.
/// </summary>
public sealed partial class BotTokenValidator : IBotTokenValidator
{
    private const string BearerPrefix = "Bearer ";
    private readonly BotAuthenticationOptions _options;
    private readonly ConfigurationManager<EndorsedOpenIdConfiguration> _channelKeys;
    private readonly ConfigurationManager<EndorsedOpenIdConfiguration>? _tenantKeys;
    private readonly string[] _tenantIssuers = [];
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger _logger;

    /// <summary>Creates a validator; key sets are fetched lazily with <paramref name="metadataClient"/> and cached.</summary>
    public BotTokenValidator(IOptions<BotAuthenticationOptions> options, HttpClient metadataClient, ILogger<BotTokenValidator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
        var documents = new LoopbackHttpDocumentRetriever(metadataClient);
        _channelKeys = CreateKeyCache(_options.ToBotFromChannelOpenIdMetadataUrl, documents);
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            var tenant = _options.MicrosoftAppTenantId.Trim();
            _tenantIssuers =
            [
                AuthenticationConstants.EntraIssuerV1(tenant),
                AuthenticationConstants.EntraIssuerV2(tenant),
            ];
            _tenantKeys = CreateKeyCache(_options.ToBotFromEmulatorOpenIdMetadataUrl, documents);
        }
    }

    /// <inheritdoc />
    public async Task<TokenValidationOutcome> ValidateAsync(
        string? authorizationHeader, string? activityServiceUrl, string? activityChannelId, CancellationToken cancellationToken)
    {
        if (authorizationHeader is null || !authorizationHeader.StartsWith(BearerPrefix, StringComparison.Ordinal))
        {
            return TokenValidationOutcome.Unauthorized("no Bearer authorization header");
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (token.Length == 0 || _options.HasNoAppId)
        {
            return TokenValidationOutcome.Unauthorized(token.Length == 0 ? "empty bearer token" : "no MicrosoftAppId configured");
        }

        if (!_handler.CanReadToken(token))
        {
            return TokenValidationOutcome.Unauthorized("malformed token");
        }

        var unverified = _handler.ReadJsonWebToken(token);
        var isChannelToken = string.Equals(unverified.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal);
        var keys = isChannelToken ? _channelKeys : TenantKeysFor(unverified.Issuer);
        if (keys is null)
        {
            return TokenValidationOutcome.Unauthorized("untrusted issuer");
        }

        var configuration = await GetConfigurationAsync(keys, unverified.Kid, cancellationToken);
        if (configuration is null)
        {
            return TokenValidationOutcome.Unauthorized("signing keys unavailable");
        }

        string[] issuers = isChannelToken ? [_options.ToBotFromChannelTokenIssuer] : _tenantIssuers;
        var result = await _handler.ValidateTokenAsync(token, CreateParameters(issuers, configuration));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken validated)
        {
            return TokenValidationOutcome.Unauthorized($"token rejected ({result.Exception?.GetType().Name ?? "invalid"})");
        }

        if (!validated.Audiences.Contains(_options.MicrosoftAppId, StringComparer.Ordinal))
        {
            return TokenValidationOutcome.Forbidden("token audience is not this bot");
        }

        return isChannelToken
            ? CheckChannelToken(validated, result.ClaimsIdentity, configuration, activityServiceUrl, activityChannelId)
            : CheckTenantToken(validated, result.ClaimsIdentity);
    }

    private ConfigurationManager<EndorsedOpenIdConfiguration>? TenantKeysFor(string? issuer) =>
        _tenantKeys is not null && _tenantIssuers.Contains(issuer, StringComparer.Ordinal) ? _tenantKeys : null;

    private async Task<EndorsedOpenIdConfiguration?> GetConfigurationAsync(
        ConfigurationManager<EndorsedOpenIdConfiguration> keys, string? keyId, CancellationToken cancellationToken)
    {
        try
        {
            var configuration = await keys.GetConfigurationAsync(cancellationToken);
            if (!string.IsNullOrEmpty(keyId) && !configuration.HasSigningKey(keyId))
            {
                // Keys rotate without notice; RequestRefresh is rate-limited by RefreshInterval.
                Log.UnknownSigningKey(_logger, keyId, keys.MetadataAddress);
                keys.RequestRefresh();
                configuration = await keys.GetConfigurationAsync(cancellationToken);
            }

            return configuration;
        }
        catch (InvalidOperationException exception)
        {
            Log.SigningKeysUnavailable(_logger, keys.MetadataAddress, exception);
            return null;
        }
    }

    private static ConfigurationManager<EndorsedOpenIdConfiguration> CreateKeyCache(string metadataUrl, IDocumentRetriever documents) =>
        new(metadataUrl, new EndorsedConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = AuthenticationConstants.KeyRefreshInterval,
            RefreshInterval = AuthenticationConstants.UnknownKeyRefreshInterval,
        };

    private static TokenValidationParameters CreateParameters(string[] issuers, EndorsedOpenIdConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = issuers,
        // The audience is checked afterwards so a genuine token for another bot maps to 403, not 401.
        ValidateAudience = false,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = AuthenticationConstants.ClockSkew,
        RequireSignedTokens = true,
        IssuerSigningKeys = configuration.SigningKeys,
        TryAllIssuerSigningKeys = false,
        ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
    };
}
