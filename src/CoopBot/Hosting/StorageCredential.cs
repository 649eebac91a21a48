using Azure.Core;
using Azure.Identity;
using CoopBot.Protocol.Authentication;
using Microsoft.Extensions.Options;

namespace CoopBot.Hosting;

/// <summary>
/// The identity that signs Table (and later Queue) calls when <c>Storage:TableServiceUri</c> is set: the bot's own
/// identity, so one RBAC assignment covers it. Only used with TableServiceUri; connection strings need no credential.
/// </summary>
internal static class StorageCredential
{
    public static TokenCredential Create(IServiceProvider services)
    {
        var bot = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        if (bot.HasNoAppId)
        {
            // Local development against a real account: the developer's own sign-in (az login, Visual Studio, ...).
            return new DefaultAzureCredential();
        }

        if (string.Equals(bot.EffectiveAppType, MicrosoftAppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            return new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(bot.MicrosoftAppId!));
        }

        var tenant = string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId)
            ? throw new InvalidOperationException("Storage:TableServiceUri with a client secret needs MicrosoftAppTenantId (the storage account's tenant).")
            : bot.MicrosoftAppTenantId;
        return new ClientSecretCredential(tenant, bot.MicrosoftAppId, bot.MicrosoftAppPassword);
    }
}
