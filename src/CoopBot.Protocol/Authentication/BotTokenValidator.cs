using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Validates Connector-to-bot JWTs as the Bot Framework specifies (issuer, audience, lifetime, serviceurl claim,
/// key endorsements) and, when a tenant is configured, Entra tokens issued by that tenant.
/// </summary>
public sealed partial class BotTokenValidator : IBotTokenValidator, IOpenIdMetadataStatus
{
    private const string BearerPrefix = "Bearer ";
    private readonly BotAuthenticationOptions _options;
    private readonly SigningKeySource _channelKeys;
    private readonly SigningKeySource? _tenantKeys;
    private readonly string[] _tenantIssuers = [];
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Creates a validator; key sets are fetched lazily with <paramref name="metadataClient"/> and cached.</summary>
    public BotTokenValidator(
        IOptions<BotAuthenticationOptions> options,
        HttpClient metadataClient,
        ILogger<BotTokenValidator> logger,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var documents = new LoopbackHttpDocumentRetriever(metadataClient);
        var time = timeProvider ?? TimeProvider.System;
        _channelKeys = new SigningKeySource(_options.ToBotFromChannelOpenIdMetadataUrl, documents, time, logger);
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            var tenant = _options.MicrosoftAppTenantId.Trim();
            _tenantIssuers =
            [
                AuthenticationConstants.EntraIssuerV1(tenant),
                AuthenticationConstants.EntraIssuerV2(tenant),
            ];
            _tenantKeys = new SigningKeySource(_options.ToBotFromEmulatorOpenIdMetadataUrl, documents, time, logger);
        }
    }

    /// <inheritdoc />
    public bool HasMetadata => _channelKeys.HasFetched;

    /// <inheritdoc />
    public async Task<bool> EnsureMetadataAsync(CancellationToken cancellationToken) =>
        HasMetadata || await _channelKeys.GetAsync(keyId: null, cancellationToken) is not null;

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

        if (TryRead(token) is not { } unverified)
        {
            return TokenValidationOutcome.Unauthorized("malformed token");
        }

        var isChannelToken = string.Equals(unverified.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal);
        var keys = isChannelToken ? _channelKeys : TenantKeysFor(unverified.Issuer);
        if (keys is null)
        {
            return TokenValidationOutcome.Unauthorized("untrusted issuer");
        }

        var configuration = await keys.GetAsync(unverified.Kid, cancellationToken);
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

    private JsonWebToken? TryRead(string token)
    {
        try
        {
            return _handler.CanReadToken(token) ? _handler.ReadJsonWebToken(token) : null;
        }
        catch (ArgumentException)
        {
            // Covers SecurityTokenMalformedException: three segments that do not decode.
            return null;
        }
    }

    private SigningKeySource? TenantKeysFor(string? issuer) =>
        _tenantKeys is not null && _tenantIssuers.Contains(issuer, StringComparer.Ordinal) ? _tenantKeys : null;

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
