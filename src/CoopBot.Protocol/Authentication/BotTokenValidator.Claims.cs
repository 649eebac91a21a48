using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CoopBot.Protocol.Authentication;

public sealed partial class BotTokenValidator
{
    private TokenValidationOutcome CheckChannelToken(
        JsonWebToken token,
        ClaimsIdentity identity,
        EndorsedOpenIdConfiguration configuration,
        string? activityServiceUrl,
        string? activityChannelId)
    {
        if (!token.TryGetPayloadValue<string>(AuthenticationConstants.ServiceUrlClaim, out var serviceUrl)
            || string.IsNullOrWhiteSpace(serviceUrl))
        {
            return TokenValidationOutcome.Forbidden("serviceurl claim missing");
        }

        if (!SameServiceUrl(serviceUrl, activityServiceUrl))
        {
            return TokenValidationOutcome.Forbidden("serviceurl claim does not match the activity");
        }

        // Fail closed where the Bot Framework SDK let an empty channelId pass: Teams always sends one.
        var keyId = token.SigningKey?.KeyId ?? token.Kid;
        if (string.IsNullOrEmpty(activityChannelId)
            || keyId is null
            || !configuration.Endorsements.TryGetValue(keyId, out var endorsements)
            || !endorsements.Contains(activityChannelId))
        {
            return TokenValidationOutcome.Forbidden("signing key is not endorsed for the activity's channel");
        }

        return TokenValidationOutcome.Valid(identity, _options.MicrosoftAppId!);
    }

    private TokenValidationOutcome CheckTenantToken(JsonWebToken token, ClaimsIdentity identity)
    {
        // v1 tokens name the calling app in appid, v2 tokens in azp.
        token.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };

        if (appIdClaim is null)
        {
            return TokenValidationOutcome.Forbidden("unknown Entra token version");
        }

        if (!token.TryGetPayloadValue<string>(appIdClaim, out var callerAppId)
            || !string.Equals(callerAppId, _options.MicrosoftAppId, StringComparison.Ordinal))
        {
            return TokenValidationOutcome.Forbidden($"{appIdClaim} claim is not this bot");
        }

        return TokenValidationOutcome.Valid(identity, callerAppId);
    }

    private static bool SameServiceUrl(string claimed, string? activityServiceUrl) =>
        activityServiceUrl is not null
        && string.Equals(claimed.Trim().TrimEnd('/'), activityServiceUrl.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
