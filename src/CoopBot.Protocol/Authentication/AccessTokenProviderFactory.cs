namespace CoopBot.Protocol.Authentication;

/// <summary>Picks the token provider that fits the configured app type.</summary>
public static class AccessTokenProviderFactory
{
    /// <summary>
    /// Anonymous when no app id is set; managed identity for UserAssignedMSI; MSAL with a client secret
    /// for SingleTenant and MultiTenant.
    /// </summary>
    /// <exception cref="InvalidOperationException">The options are incomplete or name an unknown app type.</exception>
    public static IAccessTokenProvider Create(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HasNoAppId)
        {
            return new AnonymousAccessTokenProvider();
        }

        var failures = BotAuthenticationOptionsValidator.GetFailures(options).ToList();
        if (failures.Count > 0)
        {
            throw new InvalidOperationException(string.Join(" ", failures));
        }

        return BotAuthenticationOptionsValidator.Is(options.EffectiveAppType, MicrosoftAppTypes.UserAssignedMsi)
            ? new ManagedIdentityAccessTokenProvider(options)
            : new MsalAccessTokenProvider(options);
    }
}
