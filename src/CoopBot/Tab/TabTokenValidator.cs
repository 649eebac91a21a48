using System.Collections.Concurrent;
using CoopBot.Protocol.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.Tab;

/// <summary>The caller a valid tab token names: the person's Entra object id in an allowed tenant.</summary>
internal sealed record TabCaller(string ObjectId, string TenantId);

/// <summary>
/// Validates the Entra ID token that TeamsJS <c>authentication.getAuthToken()</c> hands the tab: the tenant must be in
/// <c>Bot:AllowedTenantIds</c> (an empty list accepts none: the tab fails closed where the bot accepts all), the issuer
/// that tenant's v2 issuer, the audience the tab's Application ID URI (or its client id, as v2 tokens carry it), the
/// signature a key of the tenant's OpenID metadata, and the token must carry the <c>access_as_user</c> scope.
/// </summary>
internal sealed class TabTokenValidator(IOptions<TabOptions> options, IOptions<BotAdapterOptions> bot, HttpClient metadataClient)
{
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConcurrentDictionary<string, ConfigurationManager<OpenIdConnectConfiguration>> _metadata = new(StringComparer.OrdinalIgnoreCase);

    public async Task<TabCaller?> ValidateAsync(string? token, CancellationToken ct)
    {
        var tab = options.Value;
        if (!tab.SsoEnabled || string.IsNullOrWhiteSpace(token) || !_handler.CanReadToken(token))
        {
            return null;
        }

        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (!unverified.TryGetPayloadValue<string>(TabConstants.TenantIdClaim, out var tenant)
            || !bot.Value.AllowedTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await MetadataFor(tenant).GetConfigurationAsync(ct);
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(tab, tenant, configuration));
        if (!result.IsValid || result.SecurityToken is not JsonWebToken valid
            || !valid.TryGetPayloadValue<string>(TabConstants.ObjectIdClaim, out var objectId) || string.IsNullOrWhiteSpace(objectId)
            || !valid.TryGetPayloadValue<string>("scp", out var scopes)
            || !scopes.Split(' ').Contains(TabConstants.Scope, StringComparer.Ordinal))
        {
            return null;
        }

        return new TabCaller(objectId, tenant);
    }

    private ConfigurationManager<OpenIdConnectConfiguration> MetadataFor(string tenant) => _metadata.GetOrAdd(tenant, t =>
    {
        var address = options.Value.OpenIdMetadataUrlTemplate.Replace("{tenant}", Uri.EscapeDataString(t), StringComparison.Ordinal);
        // Plain http only for a loopback metadata server (the tests); Entra itself is https.
        var retriever = new HttpDocumentRetriever(metadataClient) { RequireHttps = !new Uri(address).IsLoopback };
        return new ConfigurationManager<OpenIdConnectConfiguration>(address, new OpenIdConnectConfigurationRetriever(), retriever);
    });

    private static TokenValidationParameters Parameters(TabOptions tab, string tenant, OpenIdConnectConfiguration configuration) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = TabConstants.EntraIssuerV2(tenant),
        ValidateAudience = true,
        ValidAudiences = [tab.ApplicationIdUri, tab.ClientId],
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireSignedTokens = true,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = ["RS256"],
    };
}
