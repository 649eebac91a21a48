using Microsoft.Identity.Client;

namespace CoopBot.Protocol.Authentication;

/// <summary>
/// Client-credentials token with a client secret. One long-lived MSAL application, so MSAL's app-token
/// cache serves repeated calls and refreshes before expiry.
/// </summary>
public sealed class MsalAccessTokenProvider : IAccessTokenProvider
{
    private static readonly string[] Scopes = [AuthenticationConstants.BotFrameworkScope];
    private readonly IConfidentialClientApplication _application;

    /// <summary>Creates the provider for a SingleTenant or MultiTenant registration.</summary>
    /// <exception cref="InvalidOperationException">The options lack the app id, secret or (SingleTenant) tenant.</exception>
    public MsalAccessTokenProvider(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HasNoAppId || string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            throw new InvalidOperationException("MicrosoftAppId and MicrosoftAppPassword are required for a client-secret token.");
        }

        Authority = GetAuthority(options);
        _application = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(Authority)
            .Build();
    }

    /// <summary>The authority tokens are requested from.</summary>
    public string Authority { get; }

    /// <inheritdoc />
    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    /// <summary><c>{OAuthEndpoint}/{tenant}</c> for SingleTenant, <c>{OAuthEndpoint}/botframework.com</c> otherwise.</summary>
    public static string GetAuthority(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var singleTenant = BotAuthenticationOptionsValidator.Is(options.EffectiveAppType, MicrosoftAppTypes.SingleTenant);
        if (singleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            throw new InvalidOperationException("MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant.");
        }

        var tenant = singleTenant ? options.MicrosoftAppTenantId!.Trim() : AuthenticationConstants.MultiTenantAuthorityTenant;
        return $"{options.OAuthEndpoint.TrimEnd('/')}/{tenant}";
    }
}
