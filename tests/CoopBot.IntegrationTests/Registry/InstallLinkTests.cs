using CoopBot.Registry.Contracts;
using System.Text.Json.Nodes;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Registry;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;
using CoopBot.Domain.Registry;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Adding CoopBot to a team records the team and offers the chair a card to link it to a stuurgroep.</summary>
[Collection(AzuriteShared.Collection)]
public sealed class InstallLinkTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string TeamId = "19:nieuw-team-inspireren@thread.tacv2";
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task BotAddedToNewTeam_WelcomesAndOffersTheLinkCard()
    {
        await _app.PostActivityAsync(BotAddedToTeam(_app.ServiceUrl, DemoUser.Chair, TeamId, "Stuurgroep Inspireren"));

        var cards = _app.Connector.CallsTo("POST", $"/v3/conversations/{TeamId}/activities").Select(c => c.Card).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Equal("registry.team.link", cards[1]!["actions"]![0]!["verb"]!.GetValue<string>());
        Assert.Contains(RegistryTexts.NotLinkedYet("Stuurgroep Inspireren"), TextOf(cards[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BotAddedToLinkedTeam_OnlyWelcomes()
    {
        await _app.PostActivityAsync(BotAddedToTeam(_app.ServiceUrl, DemoUser.Chair, DemoUser.TeamId, "Stuurgroep Basisinfrastructuur"));

        Assert.Single(_app.Connector.CallsTo("POST", "/activities"));
    }

    [Fact]
    public async Task Link_ByAMember_RefusedAndNothingLinked()
    {
        await _app.PostActivityAsync(BotAddedToTeam(_app.ServiceUrl, DemoUser.Chair, TeamId, "Stuurgroep Inspireren"));

        var response = await _app.InvokeAsync(TeamInvoke(_app.ServiceUrl, DemoUser.Bram, TeamId, "registry.team.link", new JsonObject { ["steeringGroupId"] = "inspireren" }));

        Assert.Contains(FeedbackRejections.OnlyChairMayLink.Message, TextOf(response["value"]), StringComparison.Ordinal);
        Assert.Null(await _app.GetService<IMembershipDirectory>().FindByTeamAsync(TeamId, null, CancellationToken.None));
    }

    [Fact]
    public async Task Link_ByTheChairOfThatGroup_LinksTeamWithServiceUrlAndGroupId()
    {
        await _app.PostActivityAsync(BotAddedToTeam(_app.ServiceUrl, DemoUser.Chair, TeamId, "Stuurgroep Inspireren"));

        var response = await _app.InvokeAsync(TeamInvoke(_app.ServiceUrl, DemoUser.Chair, TeamId, "registry.team.link", new JsonObject { ["steeringGroupId"] = "inspireren" }));

        Assert.Contains(RegistryTexts.TeamLinkedHeading, TextOf(response["value"]), StringComparison.Ordinal);
        var group = await _app.GetService<IMembershipDirectory>().FindByTeamAsync(TeamId, null, CancellationToken.None);
        Assert.Equal("inspireren", group?.Id);
        Assert.Equal(_app.ServiceUrl, group!.Teams!.ServiceUrl);
        Assert.Equal("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", group.Teams.AadGroupId);
    }

    [Fact]
    public async Task Link_ChairOfAnotherGroup_Refused()
    {
        await _app.PostActivityAsync(BotAddedToTeam(_app.ServiceUrl, DemoUser.Chair, TeamId, "Stuurgroep Beleven"));

        var response = await _app.InvokeAsync(TeamInvoke(_app.ServiceUrl, DemoUser.Chair, TeamId, "registry.team.link", new JsonObject { ["steeringGroupId"] = "beleven" }));

        Assert.Contains(FeedbackRejections.OnlyChairMayLink.Message, TextOf(response["value"]), StringComparison.Ordinal);
    }
}
