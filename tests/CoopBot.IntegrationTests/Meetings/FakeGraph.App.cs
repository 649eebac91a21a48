using Azure.Core;
using CoopBot.Graph;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CoopBot.IntegrationTests.Meetings;

public sealed partial class FakeGraph
{
    public const string Token = "fake-graph-token";

    /// <summary>The bot with its Graph section pointed at this fake; Moq only at the Graph seam (the token credential).</summary>
    public Task<CoopBotApp> StartAppAsync(AzuriteServer azurite, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = "tenant-in-tests",
            ["Graph:ClientId"] = "client-in-tests",
            ["Graph:ClientSecret"] = "unused-because-the-credential-is-replaced",
            ["Graph:BaseUrl"] = BaseUrl,
            ["Meetings:OrganizerMailbox"] = Mailbox,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1)));
        return CoopBotApp.StartAsync(azurite, settings, services => services.AddKeyedSingleton(GraphClientProvider.SectionKey, credential.Object));
    }
}
