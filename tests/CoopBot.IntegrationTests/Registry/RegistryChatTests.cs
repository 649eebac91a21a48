using CoopBot.IntegrationTests.Decisions;
using CoopBot.IntegrationTests.Infrastructure;
using CoopBot.Testing;
using static CoopBot.IntegrationTests.Registry.RegistryFlow;
using CoopBot.Registry;

namespace CoopBot.IntegrationTests.Registry;

/// <summary>Issue 3 chat commands over HTTP: "wie zit in de stuurgroep", "mijn stuurgroepen" and "samenstelling".</summary>
[Collection(AzuriteShared.Collection)]
public sealed class RegistryChatTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private CoopBotApp _app = null!;

    public async Task InitializeAsync() => _app = await CoopBotApp.StartAsync(azurite.Server);

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task WhoIsIn_InStuurgroepChannel_ShowsThatGroupsSeatsRolesOrganisationsAndWerkgroepen()
    {
        var card = await CardAfterAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Bram, "wie zit in de stuurgroep"));

        Assert.Contains("Stuurgroep Basisinfrastructuur Digitale Bibliotheek", card, StringComparison.Ordinal);
        Assert.Contains("Chloë Maes", card, StringComparison.Ordinal);
        Assert.Contains("Lid, Bibliotheek Gent, tot ", card, StringComparison.Ordinal);
        Assert.Contains("Voorzitter, Cultuurconnect", card, StringComparison.Ordinal);
        Assert.Contains("Werkgroep Open Vlacc", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Aerts", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wie zit in de stuurgroep", true)]
    [InlineData("wie zit in de stuurgroep beleven", false)]
    public async Task WhoIsIn_PersonalChat_AllGroupsOrTheNamedOne(string text, bool expectAll)
    {
        var card = await CardAfterAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.NonMember, text));

        Assert.Contains("Pieter Desmedt", card, StringComparison.Ordinal);
        Assert.Equal(expectAll, card.Contains("Bram Claes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MyGroups_Member_ShowsGroupAndOpenVoteUntilVoted()
    {
        var flow = new PollFlow(_app);
        var pollId = await flow.CreatePollAsync("Nieuwe catalogusleverancier?");

        var before = await CardAfterAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, "mijn stuurgroepen"));
        await flow.VoteAsync(DemoUser.Bram, pollId, "o1");
        var after = await CardAfterAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Bram, "mijn stuurgroepen"));

        Assert.Contains("Stuurgroep Basisinfrastructuur Digitale Bibliotheek", before, StringComparison.Ordinal);
        Assert.Contains("Lid, tot ", before, StringComparison.Ordinal);
        Assert.Contains("Nieuwe catalogusleverancier?", before, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe catalogusleverancier?", after, StringComparison.Ordinal);
        Assert.Contains(RegistryTexts.NoOpenVotes, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyGroups_ChairWhoDoesNotVote_SeesGroupsButNoVotes()
    {
        await new PollFlow(_app).CreatePollAsync("Nieuwe catalogusleverancier?");

        var card = await CardAfterAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.Chair, "mijn stuurgroepen"));

        Assert.Contains("Stuurgroep Inspireren", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Nieuwe catalogusleverancier?", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyGroups_NoSeat_SaysSo()
    {
        var card = await CardAfterAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, DemoUser.NonMember, "mijn stuurgroepen"));

        Assert.Contains(RegistryTexts.NoSeats, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Composition_ChairInChannel_ShowsCountsAndWarnings()
    {
        var card = await CardAfterAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, DemoUser.Chair, "samenstelling"));

        Assert.Contains("4 leden tellen mee", card, StringComparison.Ordinal);
        Assert.Contains("Geen enkel lid uit Antwerpen en Brussel", card, StringComparison.Ordinal);
        Assert.Contains("Alle leden komen uit grote bibliotheken", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Stuurgroep Beleven", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Composition_CommunityManagerInPersonalChat_ShowsEveryGroup()
    {
        var card = await CardAfterAsync(TeamsActivity.PersonalMessage(_app.ServiceUrl, CommunityManager, "samenstelling"));

        Assert.Contains("Stuurgroep Beleven", card, StringComparison.Ordinal);
        Assert.Contains("Stuurgroep Digitale Collecties", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samenstelling")]
    [InlineData("samenstelling beleven")]
    public async Task Composition_MemberOrChairOfAnotherGroup_IsRefusedWithoutCard(string text)
    {
        var from = text == "samenstelling" ? DemoUser.Bram : DemoUser.Chair;
        await _app.PostActivityAsync(TeamsActivity.ChannelMessage(_app.ServiceUrl, from, text));

        var sent = Assert.Single(_app.Connector.CallsTo("POST", "/activities"));
        Assert.Null(sent.Card);
        Assert.Contains(RegistryTexts.NoCompositionRights, sent.Text, StringComparison.Ordinal);
    }

    private async Task<string> CardAfterAsync(System.Text.Json.Nodes.JsonObject activity)
    {
        var before = _app.Connector.Calls.Count;
        using var response = await _app.PostActivityAsync(activity);
        Assert.Equal(200, (int)response.StatusCode);
        var sent = _app.Connector.Calls.Skip(before).Last(c => c.Method == "POST" && c.Path.EndsWith("/activities", StringComparison.Ordinal));
        Assert.NotNull(sent.Card);
        return TextOf(sent.Card);
    }
}
