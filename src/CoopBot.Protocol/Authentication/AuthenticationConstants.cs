namespace CoopBot.Protocol.Authentication;

/// <summary>Public-cloud Bot Framework and Entra constants, kept in one place.</summary>
public static class AuthenticationConstants
{
    /// <summary>OpenID metadata for Connector-to-bot tokens.</summary>
    public const string BotFrameworkOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>Issuer of Connector-to-bot tokens.</summary>
    public const string BotFrameworkTokenIssuer = "https://api.botframework.com";

    /// <summary>Entra OpenID metadata, used for tenant-issued tokens (Emulator/Playground with auth).</summary>
    public const string EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Entra login endpoint; MSAL authorities are built under it.</summary>
    public const string OAuthEndpoint = "https://login.microsoftonline.com";

    /// <summary>Tenant segment of the authority for multi-tenant bots.</summary>
    public const string MultiTenantAuthorityTenant = "botframework.com";

    /// <summary>Scope of the bot's outbound token to the Connector.</summary>
    public const string BotFrameworkScope = "https://api.botframework.com/.default";

    /// <summary>Issuer of Entra v1 tokens of <paramref name="tenantId"/>.</summary>
    public static string EntraIssuerV1(string tenantId) => $"https://sts.windows.net/{tenantId}/";

    /// <summary>Issuer of Entra v2 tokens of <paramref name="tenantId"/>.</summary>
    public static string EntraIssuerV2(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";

    /// <summary>Base of Teams' in-meeting notification (content bubble) links: <c>{base}/{appId}?url=…</c>.</summary>
    public const string TeamsBubbleBaseUrl = "https://teams.microsoft.com/l/bubble";

    /// <summary>Connector base URL to use for Teams when no serviceUrl is known yet.</summary>
    public const string DefaultTeamsServiceUrl = "https://smba.trafficmanager.net/teams/";

    /// <summary>Claim carrying the Connector URL the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    /// <summary>JWT signing algorithms accepted from the Connector.</summary>
    public static IReadOnlyList<string> AllowedSigningAlgorithms { get; } = ["RS256", "RS384", "RS512"];

    /// <summary>Clock skew tolerated on token lifetimes.</summary>
    public static TimeSpan ClockSkew { get; } = TimeSpan.FromMinutes(5);

    /// <summary>How often signing keys are refreshed even without an unknown key id (well under the required 24 h).</summary>
    public static TimeSpan KeyRefreshInterval { get; } = TimeSpan.FromHours(12);

    /// <summary>Minimum time between refreshes forced by an unknown key id.</summary>
    public static TimeSpan UnknownKeyRefreshInterval { get; } = TimeSpan.FromMinutes(5);
}
