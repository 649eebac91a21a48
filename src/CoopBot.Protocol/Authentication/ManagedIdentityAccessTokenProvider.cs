using Azure.Core;
using Azure.Identity;

namespace CoopBot.Protocol.Authentication;

/// <summary>Token from the user-assigned managed identity whose client id is the bot's app id.</summary>
public sealed class ManagedIdentityAccessTokenProvider : IAccessTokenProvider
{
    private static readonly TokenRequestContext Request = new([AuthenticationConstants.BotFrameworkScope]);
    private readonly TokenCredential _credential;

    /// <summary>Creates the provider for <see cref="BotAuthenticationOptions.MicrosoftAppId"/>.</summary>
    public ManagedIdentityAccessTokenProvider(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HasNoAppId)
        {
            throw new InvalidOperationException("MicrosoftAppId (the managed identity's client id) is required.");
        }

        _credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId!));
    }

    /// <inheritdoc />
    public async Task<string?> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(Request, cancellationToken);
        return token.Token;
    }
}
