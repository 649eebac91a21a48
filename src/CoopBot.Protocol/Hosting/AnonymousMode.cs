using CoopBot.Protocol.Authentication;
using Microsoft.Extensions.Hosting;

namespace CoopBot.Protocol.Hosting;

/// <summary>
/// The development-only bypass for the Agents Playground, which sends activities without a token.
/// </summary>
public static class AnonymousMode
{
    /// <summary>
    /// True only when no MicrosoftAppId is configured AND the environment is Development AND the activity's
    /// serviceUrl is a loopback URL. Any other request without a valid token is refused.
    /// </summary>
    public static bool IsDevelopmentAnonymousModeAllowed(
        BotAuthenticationOptions options, IHostEnvironment environment, string? activityServiceUrl)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        return options.HasNoAppId && environment.IsDevelopment() && Loopback.IsLoopback(activityServiceUrl);
    }
}
