namespace CoopBot.Protocol.Authentication;

/// <summary>Values of <see cref="BotAuthenticationOptions.MicrosoftAppType"/>.</summary>
public static class MicrosoftAppTypes
{
    /// <summary>App registration in one tenant, client secret, tenant authority.</summary>
    public const string SingleTenant = "SingleTenant";

    /// <summary>Legacy multi-tenant registration, client secret, <c>botframework.com</c> authority.</summary>
    public const string MultiTenant = "MultiTenant";

    /// <summary>User-assigned managed identity; MicrosoftAppId is its client id.</summary>
    public const string UserAssignedMsi = "UserAssignedMSI";
}
