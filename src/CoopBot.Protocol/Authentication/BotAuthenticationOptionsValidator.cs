using Microsoft.Extensions.Options;

namespace CoopBot.Protocol.Authentication;

/// <summary>Checks that the configured app type has what it needs, so a bad setup fails at start-up.</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = GetFailures(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>The configuration problems of <paramref name="options"/>, in English.</summary>
    public static IEnumerable<string> GetFailures(BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.HasNoAppId)
        {
            yield break;
        }

        var type = options.EffectiveAppType;
        if (Is(type, MicrosoftAppTypes.UserAssignedMsi))
        {
            yield break;
        }

        if (!Is(type, MicrosoftAppTypes.SingleTenant) && !Is(type, MicrosoftAppTypes.MultiTenant))
        {
            yield return $"MicrosoftAppType '{type}' is not one of SingleTenant, MultiTenant, UserAssignedMSI.";
            yield break;
        }

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            yield return $"MicrosoftAppPassword is required for MicrosoftAppType {type}.";
        }

        if (Is(type, MicrosoftAppTypes.SingleTenant) && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            yield return "MicrosoftAppTenantId is required for MicrosoftAppType SingleTenant.";
        }
    }

    internal static bool Is(string appType, string expected) =>
        string.Equals(appType, expected, StringComparison.OrdinalIgnoreCase);
}
