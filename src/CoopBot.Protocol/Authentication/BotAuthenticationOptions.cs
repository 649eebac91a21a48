namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Bot identity and token settings, bound from the configuration root with the Bot Framework key names.
/// </summary>
public class BotAuthenticationOptions
{
    /// <summary>The bot's Entra app (client) id. Empty means no identity: only allowed for local development.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>See <see cref="MicrosoftAppTypes"/>; empty is treated as MultiTenant, like the Bot Framework.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>The bot's tenant; required for SingleTenant. When set, tokens issued by this tenant are accepted too.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Client secret for SingleTenant and MultiTenant. A secret: never log it.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>OpenID metadata for Connector tokens.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = AuthenticationConstants.BotFrameworkOpenIdMetadataUrl;

    /// <summary>Required issuer of Connector tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = AuthenticationConstants.BotFrameworkTokenIssuer;

    /// <summary>OpenID metadata for Entra-issued tokens (the single-tenant issuer path).</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = AuthenticationConstants.EntraOpenIdMetadataUrl;

    /// <summary>Entra login endpoint for MSAL authorities.</summary>
    public string OAuthEndpoint { get; set; } = AuthenticationConstants.OAuthEndpoint;

    /// <summary>True when no app id is configured (anonymous development mode).</summary>
    public bool HasNoAppId => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The app type with the Bot Framework default (MultiTenant) applied.</summary>
    public string EffectiveAppType =>
        string.IsNullOrWhiteSpace(MicrosoftAppType) ? MicrosoftAppTypes.MultiTenant : MicrosoftAppType.Trim();
}
