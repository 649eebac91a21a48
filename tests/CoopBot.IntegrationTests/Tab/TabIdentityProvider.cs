using System.Security.Cryptography;
using System.Text.Json;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>
/// A local stand-in for Entra ID at the network edge: per-tenant OpenID metadata and key set, and tab tokens as
/// TeamsJS getAuthToken() returns them (v2 issuer, audience the Application ID URI, scope access_as_user).
/// </summary>
public sealed class TabIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "6a2b3c4d-0000-4000-8000-00000000ab17";
    public const string ApplicationIdUri = "api://coopbot.example.org/" + ClientId;
    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _stranger = RSA.Create(2048);
    private FakeHttpServer _server = null!;

    public string MetadataTemplate => $"{_server.BaseAddress}{{tenant}}/v2.0/.well-known/openid-configuration";

    public static async Task<TabIdentityProvider> StartAsync()
    {
        var provider = new TabIdentityProvider();
        provider._server = await FakeHttpServer.StartAsync(provider.ServeAsync);
        return provider;
    }

    /// <summary>Settings that turn on tab SSO for this provider and the demo tenant.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Tab:ClientId"] = ClientId,
        ["Tab:ApplicationIdUri"] = ApplicationIdUri,
        ["Tab:OpenIdMetadataUrlTemplate"] = MetadataTemplate,
        ["Bot:AllowedTenantIds:0"] = DemoUser.TenantId,
    };

    public string Token(
        string objectId, string tenant = DemoUser.TenantId, string audience = ApplicationIdUri, string? issuer = null, bool foreignKey = false,
        string scope = "access_as_user")
    {
        var key = new RsaSecurityKey(foreignKey ? _stranger : _key) { KeyId = "tab-key" };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"https://login.microsoftonline.com/{tenant}/v2.0",
            Audience = audience,
            Expires = DateTime.UtcNow.AddMinutes(30),
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Claims = new Dictionary<string, object> { ["oid"] = objectId, ["tid"] = tenant, ["scp"] = scope, ["ver"] = "2.0" },
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Dispose();
        _stranger.Dispose();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var tenant = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        object body = path.EndsWith("/keys", StringComparison.Ordinal)
            ? new { keys = new[] { Jwk() } }
            : new Dictionary<string, object>
            {
                ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
                ["jwks_uri"] = $"{_server.BaseAddress}{tenant}/keys",
                ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }

    private Dictionary<string, string> Jwk()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        return new()
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = "tab-key",
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
    }
}
