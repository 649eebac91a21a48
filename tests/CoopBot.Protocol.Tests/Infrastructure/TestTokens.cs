using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoopBot.Protocol.Tests.Infrastructure;

/// <summary>Builds signed JWTs shaped like Connector and Entra tokens.</summary>
public static class TestTokens
{
    public const string AppId = "9f0c1d2e-3b4a-4c5d-8e6f-7a8b9c0d1e2f";
    public const string TenantId = "4b3c2d1e-0f9a-4b8c-9d7e-6f5a4b3c2d1e";
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    public static string Channel(
        TestSigningKey key,
        string? serviceUrl = ServiceUrl,
        string audience = AppId,
        string issuer = OpenIdServer.ChannelIssuer,
        DateTime? notBefore = null,
        DateTime? expires = null)
    {
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        return Create(key, issuer, audience, claims, notBefore, expires);
    }

    public static string Tenant(TestSigningKey key, string version, string callerAppId = AppId, string tenantId = TenantId)
    {
        var issuer = version == "1.0" ? $"https://sts.windows.net/{tenantId}/" : $"https://login.microsoftonline.com/{tenantId}/v2.0";
        var claims = new Dictionary<string, object> { ["ver"] = version, ["tid"] = tenantId };
        claims[version == "1.0" ? "appid" : "azp"] = callerAppId;
        return Create(key, issuer, AppId, claims, null, null);
    }

    private static string Create(
        TestSigningKey key, string issuer, string audience, Dictionary<string, object> claims, DateTime? notBefore, DateTime? expires)
    {
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddMinutes(30),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Claims = claims,
            SigningCredentials = key.Credentials(),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }
}
