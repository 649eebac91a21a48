using System.ComponentModel.DataAnnotations;

namespace CoopBot.Tab;

/// <summary>The Teams tab (section <c>Tab</c>): the SSO app registration and the session it starts.</summary>
internal sealed class TabOptions : IValidatableObject
{
    public const string SectionName = "Tab";

    /// <summary>Client id of the tab's Entra app registration; empty = no SSO (only the Development sign-in works).</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>Application ID URI, <c>api://{domain}/{clientId}</c>: the audience of the tab tokens.</summary>
    public string ApplicationIdUri { get; set; } = string.Empty;

    /// <summary>OpenID metadata per tenant; <c>{tenant}</c> is replaced by the token's tenant id.</summary>
    public string OpenIdMetadataUrlTemplate { get; set; } = TabConstants.EntraTenantMetadataTemplate;

    /// <summary>Lifetime of the tab session cookie (short: the page asks Teams for a fresh token when it runs out).</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromMinutes(30);

    public bool SsoEnabled => !string.IsNullOrWhiteSpace(ClientId);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SessionLifetime <= TimeSpan.Zero || SessionLifetime > TimeSpan.FromHours(8))
        {
            yield return new ValidationResult(TabTexts.InvalidSessionLifetime);
        }

        if (!OpenIdMetadataUrlTemplate.Contains("{tenant}", StringComparison.Ordinal)
            || !Uri.TryCreate(OpenIdMetadataUrlTemplate.Replace("{tenant}", "t", StringComparison.Ordinal), UriKind.Absolute, out _))
        {
            yield return new ValidationResult(TabTexts.InvalidOpenIdTemplate);
        }

        if (SsoEnabled && !(ApplicationIdUri.StartsWith("api://", StringComparison.Ordinal)
            && ApplicationIdUri.EndsWith("/" + ClientId.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            yield return new ValidationResult(TabTexts.InvalidApplicationIdUri);
        }
    }
}

/// <summary>Public-cloud and naming constants of the tab, in one place.</summary>
internal static class TabConstants
{
    public const string EntraTenantMetadataTemplate = "https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration";
    public const string CookieScheme = "CoopBotTab";
    public const string CookieName = "__Host-coopbot-tab";
    public const string CommunityManagerPolicy = "TabCommunityManager";
    public const string ObjectIdClaim = "oid";
    public const string TenantIdClaim = "tid";

    /// <summary>The scope the Teams client asks for (README "In productie nemen").</summary>
    public const string Scope = "access_as_user";

    /// <summary>The hosts Microsoft documents for Teams tabs in Teams, Outlook and the Microsoft 365 app.</summary>
    public const string FrameAncestors =
        "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft "
        + "https://*.office.com https://outlook.office.com https://outlook.office365.com https://*.microsoft365.com";

    public static string EntraIssuerV2(string tenantId) => $"https://login.microsoftonline.com/{tenantId}/v2.0";
}
