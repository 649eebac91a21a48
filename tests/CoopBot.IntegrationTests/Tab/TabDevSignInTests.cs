using System.Net;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Tab;

/// <summary>The demo sign-in exists only in Development, and there only for a loopback caller.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class TabDevSignInTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task DevSignIn_OutsideDevelopment_DoesNotExist()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server, "Production", new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000c00b07",
            ["MicrosoftAppType"] = "UserAssignedMSI",
            ["MicrosoftAppTenantId"] = DemoUser.TenantId,
            ["Registry:SeedDemoData"] = "false",
        });
        using var client = TabClient.For(app);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tab/dev/aanmelden")).Status);
        using var post = await client.Http.PostAsync("/tab/dev/aanmelden", TabClient.Form(("persoon", "user-id-6")));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        var (_, signIn) = await client.GetAsync("/tab/aanmelden");
        Assert.DoesNotContain("/tab/dev/aanmelden", signIn, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DevSignIn_InDevelopmentFromAnotherAddress_IsNotFound()
    {
        await using var app = await CoopBotApp.StartAsync(azurite.Server);
        using var client = TabClient.For(app);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tab/dev/aanmelden")).Status);
    }
}
