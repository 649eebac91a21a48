using CoopBot.Common;
using CoopBot.Domain.Escalation;
using CoopBot.Protocol.Schema;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry.Contracts;
using CoopBot.Registry;
using CoopBot.Testing;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Registry targets without a serviceUrl use the one last seen from a validated activity of the tenant.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class ProactiveTargetTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SendToBody_BeforeAnyActivity_FailsWithoutCallingAnyone()
    {
        var body = await _app.GetService<IMembershipDirectory>().GetBodyAsync(ConfirmingBody.Directie, CancellationToken.None);
        var messenger = _app.GetService<ProactiveMessenger>();

        await Assert.ThrowsAsync<ProactiveTargetException>(() =>
            messenger.SendAsync(body!.Conversation!, Activity.CreateMessageActivity("test"), CancellationToken.None));
        Assert.Empty(_app.Connector.Calls);
    }

    [Fact]
    public async Task SendToBody_AfterAValidatedActivity_GoesToTheTenantsServiceUrl()
    {
        await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, "help"));
        var body = await _app.GetService<IMembershipDirectory>().GetBodyAsync(ConfirmingBody.Directie, CancellationToken.None);

        await _app.GetService<ProactiveMessenger>().SendAsync(body!.Conversation!, Activity.CreateMessageActivity("test"), CancellationToken.None);

        Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations/group-chat-id/activities"));
        Assert.Equal(_app.ServiceUrl, await _app.GetService<TenantServiceUrls>().FindAsync(DemoUser.TenantId.ToUpperInvariant(), CancellationToken.None));
    }

    [Fact]
    public async Task OpenPersonalChat_CommunityManager_CreatesAOneOnOneWithHerTeamsId()
    {
        await _app.PostActivityAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, "help"));
        var manager = await _app.GetService<IMembershipDirectory>().GetCommunityManagerAsync(CancellationToken.None);

        var chat = await _app.GetService<ProactiveMessenger>().OpenPersonalChatAsync(manager!.Person, DemoUser.TenantId, CancellationToken.None);

        var created = Assert.Single(_app.Connector.CallsTo("POST", "/v3/conversations"), c => c.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal("user-id-6", created.Body!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(_app.ServiceUrl, chat.ServiceUrl);
        Assert.False(string.IsNullOrEmpty(chat.ConversationId));
    }
}
