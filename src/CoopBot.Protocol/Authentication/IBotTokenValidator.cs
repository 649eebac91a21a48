namespace CoopBot.Protocol.Authentication;

/// <summary>Validates the bearer token on an inbound activity request.</summary>
public interface IBotTokenValidator
{
    /// <summary>
    /// Validates <paramref name="authorizationHeader"/> for an activity with the given serviceUrl and channelId.
    /// Never throws for bad input; an unreachable key endpoint also yields Unauthorized.
    /// </summary>
    Task<TokenValidationOutcome> ValidateAsync(
        string? authorizationHeader,
        string? activityServiceUrl,
        string? activityChannelId,
        CancellationToken cancellationToken);
}
